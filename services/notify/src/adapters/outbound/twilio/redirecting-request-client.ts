import twilio from "twilio";

type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0];

/**
 * The SDK's own HTTP client, with every `https://<product>.twilio.com` URL
 * rewritten to another base. Tests point it at a local stand-in of the REST
 * API (the SDK offers `edge`/`region`, which only change the twilio.com host).
 */
export class RedirectingRequestClient extends twilio.RequestClient {
  private readonly base: URL;

  constructor(baseUrl: string, options: ConstructorParameters<typeof twilio.RequestClient>[0] = {}) {
    super(options);
    this.base = new URL(baseUrl);
  }

  override request<TData>(options: RequestOptions & { data?: TData }) {
    const target = new URL(options.uri);
    target.protocol = this.base.protocol;
    target.host = this.base.host;
    return super.request<TData>({ ...options, uri: target.href });
  }
}
