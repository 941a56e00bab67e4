// A worker thread of the Markdown pool (src/content/rendering.ts), in the
// compiled build: it runs one task per call. Under tsx (`npm run dev`, the
// tests) the pool loads markdown-worker.mjs instead, which registers tsx first.
export { runMarkdownTask as default } from "./markdown-tasks.js";
