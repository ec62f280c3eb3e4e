const URL_PATTERN = /(https?:\/\/\S+)/g;

/** A text as the phone shows it, in its own language and direction, with its links clickable. */
export function SmsBody({ text, language }: { text: string; language: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p className="sms-body" lang={language} dir="auto" data-testid="sms-body">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} dir="ltr">
            {part}
          </a>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </p>
  );
}
