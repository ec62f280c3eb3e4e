import { ServerProblemText } from "./ServerProblemText";
import { useEntryLabels, useEntryProblems } from "./problems-context";

/** Booking's problems with one entry as a whole (a service without a fitting room …), at the top of the entry. */
export function EntryProblems({ entryId }: { entryId: string }) {
  const problems = useEntryProblems(entryId);
  const labelOf = useEntryLabels();
  if (problems.length === 0) return null;
  return (
    <ul className="problem-list entry-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          <ServerProblemText problem={problem} labelOf={labelOf} />
        </li>
      ))}
    </ul>
  );
}
