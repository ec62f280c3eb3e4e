import { useTranslation } from "react-i18next";
import type { ServerProblem } from "./server-problems";

/**
 * One of booking's reasons in the admin's language when it is a sentence booking is known
 * to write (the ids it names shown as the entries' names), else booking's English
 * sentence, marked as English for screen readers.
 */
export function ServerProblemText({
  problem,
  labelOf,
}: {
  problem: ServerProblem;
  labelOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (problem.key) {
    const values = Object.fromEntries(
      // Offices and services are named as on the page; ids and numbers stay as they are.
      Object.entries(problem.values).map(([name, value]) => [
        name,
        name === "office" || name === "service" ? labelOf(value) : value,
      ]),
    );
    return <>{t(`admin.serverProblems.${problem.key}`, values)}</>;
  }
  return (
    <>
      {t("admin.serverSaysLead")} <span lang="en">{problem.original}</span>
    </>
  );
}
