// @web/test-runner-visual-regression's index.d.ts re-exports a .mjs without types.
declare module "@web/test-runner-visual-regression" {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
