import { type Phrases } from "./phrases";

export const tr: Phrases = {
  hello: (name) => `Merhaba ${name}.`,
  appointment: (service) => (service ? `${service} randevunuz` : "Randevunuz"),
  when: (date, time) => `${date}, saat ${time}`,
  booked: (what, when) => `${what}: ${when}.`,
  moved: (what, when) => `${what} değişti. Yeni zaman: ${when}.`,
  cancelled: (what, when) => `${what} iptal edildi: ${when}.`,
  reminder: (what, when) => `Size hatırlatıyoruz. ${what}: ${when}.`,
  referred: (what, when) => `Sizi başka bir birime yönlendirdik. ${what}: ${when}.`,
  offer: (when) => `Boş bir randevu var: ${when}.`,
  offerBook: (expires, url) => `İster misiniz? Son tarih: ${expires}. Buradan alın: ${url}`,
  place: (name, address) => `Yer: ${name ? `${name}, ` : ""}${address}.`,
  byPhone: "Sizi arayacağız.",
  byVideo: "Randevu görüntülü görüşme ile olacak.",
  replyOptions: "Cevap verin: 1 = Geleceğim. 2 = İptal. 3 = Lütfen beni arayın.",
  calendar: (url) => `Takviminiz için: ${url}`,
  manage: (url) => `Randevuyu değiştirin: ${url}`,
  rebook: "Yeni bir randevu ister misiniz? 3 gönderin.",
};
