/** Resolves in a later task (setTimeout 0), after the current one and whatever it renders. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
