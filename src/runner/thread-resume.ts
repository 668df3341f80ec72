/**
 * The compiler pass that lets the runtime tell threads apart. Threads share one worker, so after an
 * await the runtime cannot know whose code resumed; this pass tells it (see
 * src/runtime/internal/threads.ts). In every async function and at the module's top level:
 * - the running thread is captured on entry: `const __mpT=__mpThread();` (the module's is in the prelude);
 * - every `await x` becomes `__mpResume(__mpT,await x)`, which switches back to that thread;
 * - `catch` and `finally` blocks start with `__mpResume(__mpT);` (an await may have thrown);
 * - the body of `for await` starts with it, and so does the code after a `for await` loop or a block
 *   with `await using` (both await out of sight).
 * Sync functions are left alone: they run inside the job of whoever called them.
 */
import { children, type AnyNode, type Edit } from "./source-edits.ts";

const RESUME = "__mpResume(__mpT);";
const CAPTURE = "const __mpT=__mpThread();";
const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

/** The edits that mark thread switches in `program`, parsed from `js`. */
export function threadResumeEdits(program: AnyNode, js: string): Edit[] {
  const edits: Edit[] = [];
  const open = (at: number, text: string, depth: number) => edits.push({ at, remove: 0, text, order: -depth });
  const close = (at: number, text: string, depth: number) => edits.push({ at, remove: 0, text, order: depth });
  const startOfBlock = (block: AnyNode, depth: number) => open(block.start + 1, RESUME, depth);
  /**
   * Wraps a statement so that the thread is resumed right after it. The closing goes outside every
   * other closing at that offset, the loop guard's included.
   */
  const resumeAfter = (statement: AnyNode, depth: number) => {
    open(statement.start, "{", depth);
    edits.push({ at: statement.end, remove: 0, text: `;${RESUME}}`, order: depth - 1e6 });
  };

  const visit = (node: AnyNode, parent: AnyNode | null, resumable: boolean, depth: number): void => {
    let inner = resumable;
    if (FUNCTIONS.has(node.type)) {
      inner = node.async === true;
      const body = node.body as AnyNode;
      if (inner && body.type === "BlockStatement") open(body.start + 1, CAPTURE, depth);
      else if (inner) {
        // After the arrow, not at the body: acorn leaves the parentheses of `=> ({ ... })` outside it.
        open(js.lastIndexOf("=>", body.start) + 2, `{${CAPTURE}return(`, depth);
        close(node.end, ")}", depth);
      }
    } else if (resumable) {
      switch (node.type) {
        case "AwaitExpression": {
          open(node.start, "__mpResume(__mpT,", depth);
          close(node.end, ")", depth);
          break;
        }
        case "CatchClause":
          startOfBlock(node.body as AnyNode, depth);
          break;
        case "TryStatement":
          if (node.finalizer) startOfBlock(node.finalizer as AnyNode, depth);
          break;
        case "ForOfStatement":
          if (node.await === true) {
            const body = node.body as AnyNode;
            if (body.type === "BlockStatement") startOfBlock(body, depth);
            else {
              open(body.start, `{${RESUME}`, depth);
              close(body.end, "}", depth);
            }
            // A labelled loop stays the label's direct body, so `continue label` keeps working.
            if (parent?.type === "LabeledStatement") resumeAfter(parent, depth - 1);
            else resumeAfter(node, depth);
          }
          break;
        case "BlockStatement":
          if (!FUNCTIONS.has(parent?.type ?? "") && (node.body as AnyNode[]).some((s) => s.type === "VariableDeclaration" && s.kind === "await using")) {
            resumeAfter(node, depth);
          }
          break;
      }
    }
    for (const child of children(node)) visit(child, node, inner, depth + 1);
  };
  visit(program, null, true, 0);
  return edits;
}
