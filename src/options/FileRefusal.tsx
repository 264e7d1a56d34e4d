import { problemText } from '../ui/problem.ts';
import { useUi } from '../ui/ui-context.tsx';
import type { FileProblem } from './json-file.ts';

/** A refused file: what was kept, then one line per problem with the JSON path it concerns. */
export function FileRefusal({ intro, problems }: { intro: string; problems: FileProblem[] }) {
  const { t, catalog } = useUi();
  return (
    <div class="refused">
      <p class="error">{intro}</p>
      <ul>
        {problems.map(({ path, problem }) => (
          <li key={`${path}-${JSON.stringify(problem)}`}>
            {path && <code>{path}</code>} {problemText(problem, catalog, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}
