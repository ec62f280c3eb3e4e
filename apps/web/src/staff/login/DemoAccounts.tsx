import { useId } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import type { DemoAccount } from "../../api/service-types";

/** The demo's sign-ins, listed by booking outside production only (empty list: nothing shown). */
export function DemoAccounts({ onPick }: { onPick: (account: DemoAccount) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const accounts = useQuery({
    queryKey: ["auth.demoAccounts"],
    queryFn: () => booking.auth.demoAccounts.query(),
  });
  const list = accounts.data ?? [];
  const password = list[0]?.password;
  if (!password) return null;
  return (
    <section className="demo-accounts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("staffLogin.demoHeading")}</h2>
      <p className="hint">{t("staffLogin.demoHint", { password })}</p>
      <ul>
        {list.map((account) => (
          <li key={account.username}>
            <button type="button" className="button-link" onClick={() => onPick(account)}>
              {t("staffLogin.useDemo", { username: account.username })}
            </button>{" "}
            <span className="hint">
              {account.displayName} · {account.role}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
