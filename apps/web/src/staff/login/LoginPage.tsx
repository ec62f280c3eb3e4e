import { useMutation } from "@tanstack/react-query";
import { type SubmitEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { booking } from "../../api/service-clients";
import { saveStaffSession } from "../../api/staff-session";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { TextField } from "../../ui/TextField";
import { homeOf } from "../staff-home";
import { DemoAccounts } from "./DemoAccounts";

type Field = "username" | "password";

/** Staff sign in with username and password; the token lives in this tab only (sessionStorage). */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const backTo = (location.state as { from?: string } | null)?.from;

  const login = useMutation({
    mutationFn: () => booking.auth.login.mutate({ username: username.trim(), password }),
    onSuccess: (session) => {
      saveStaffSession(session);
      void navigate(backTo ?? homeOf(session.principal.role), { replace: true });
    },
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!username.trim()) found.username = t("staffLogin.errors.usernameMissing");
    if (!password) found.password = t("staffLogin.errors.passwordMissing");
    setErrors(found);
    const first = (["username", "password"] as const).find((field) => found[field]);
    if (first) {
      formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    login.mutate();
  };

  return (
    <section className="narrow">
      <FocusHeading>{t("staffLogin.heading")}</FocusHeading>
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          label={t("staffLogin.username")}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          value={username}
          error={errors.username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <TextField
          label={t("staffLogin.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          dir="ltr"
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {login.isError && <ErrorMessage error={login.error} />}
        <button type="submit" className="button-primary" disabled={login.isPending}>
          {login.isPending ? t("staffLogin.submitting") : t("staffLogin.submit")}
        </button>
      </form>
      <DemoAccounts
        onPick={(account) => {
          setUsername(account.username);
          setPassword(account.password);
        }}
      />
    </section>
  );
}
