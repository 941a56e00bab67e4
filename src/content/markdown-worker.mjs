// A worker thread of the Markdown pool (src/content/rendering.ts) when the
// sources run through tsx (`npm run dev`, the tests, the scripts): it
// registers tsx in the worker, as on the main thread, then runs one task per
// call. The compiled build uses markdown-worker.ts's output instead.
import { register } from "tsx/esm/api";

register();
const { runMarkdownTask } = await import("./markdown-tasks.ts");

export default runMarkdownTask;
