import { Component, createContext, type ReactNode, useContext } from 'react';
import { UserError } from '../../errors.ts';

/** What a part's layout could not place, each reported by the component that found it. */
export class LayoutProblems {
  readonly found: Error[] = [];

  report(error: Error): void {
    this.found.push(error);
  }

  /** The user's errors as one UserError naming each position; any other error (a bug) as it was thrown. */
  throwIfAny(): void {
    const other = this.found.find((error) => !(error instanceof UserError));
    if (other) throw other;
    if (this.found.length > 0) throw new UserError(this.found.map((error) => error.message).join('\n'));
  }
}

const LayoutProblemsContext = createContext<LayoutProblems | undefined>(undefined);

export const LayoutProblemsProvider = LayoutProblemsContext.Provider;

/** The part's problems, inside a LayoutProblemsProvider. */
export function useLayoutProblems(): LayoutProblems {
  const problems = useContext(LayoutProblemsContext);
  if (!problems) throw new Error('useLayoutProblems outside a LayoutProblemsProvider');
  return problems;
}

/**
 * Hands what a component throws while a part is laid out to the part's problems. Without it react-pdf only logs the
 * error and then fails on the empty document with `Cannot read properties of null (reading 'props')`.
 */
export class CatchLayoutErrors extends Component<{ problems: LayoutProblems; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error): void {
    this.props.problems.report(error);
  }

  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
