// Essays pasted from a web page or a word processor carry their notes the way
// print does: "[1]" in the text, and a list of "[1] …" notes at the end, often
// under a heading ("Notes", "Footnotes", "注释"). Made into Markdown
// footnotes, they become notes Colloquy reads as citations. The conversion is
// all or nothing: only when the markers and the notes match exactly, one note
// per number from 1 up, each cited in the text and nothing cited without a
// note, is anything changed. Anything else is left as it was written.

export interface PastedNotes {
  markdown: string;
  /** How many notes were made footnotes; 0 when the text was left alone. */
  converted: number;
  /** Why nothing was converted, when the text looked as if it had such notes. */
  reason: string | null;
}

const NOTES_HEADING = /^(?:#{1,6}\s*)?(?:\*\*)?(?:notes?|footnotes?|endnotes?|references|注释?|注解|脚注|参考文献)(?:\*\*)?\s*[:：]?\s*$/i;
const NOTE_LINE = /^\s*\[(\d{1,3})\]\s*(.*)$/;
/** A marker in the text: "[3]", not a link "[3](…)", a reference "[3]: …" or "[3][x]", nor a footnote "[^3]". */
const MARKER = /(?<![\\!^\]])\[(\d{1,3})\](?![(:[])/g;

/** The text with code spans and fenced blocks blanked out, so that markers inside them are not counted. */
function withoutCode(text: string): string {
  return text.replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, (block) => block.replace(/[^\n]/g, " ")).replace(/`[^`\n]*`/g, (span) => " ".repeat(span.length));
}

export function convertPastedNotes(markdown: string): PastedNotes {
  const leave = (reason: string | null): PastedNotes => ({ markdown, converted: 0, reason });
  const lines = markdown.replace(/\s+$/, "").split("\n");
  // The notes: the last lines of the text that begin with "[n]", with the lines that continue them, read from the end.
  let start = lines.length;
  let sawNote = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (NOTE_LINE.test(line)) {
      sawNote = true;
      start = i;
    } else if (!line.trim()) continue;
    else if (sawNote && NOTES_HEADING.test(line.trim())) break;
    else if (sawNote && i > 0 && !NOTE_LINE.test(lines[i - 1] ?? "") && !lines[i - 1]!.trim()) break;
    else if (!sawNote) return leave(null);
  }
  if (!sawNote) return leave(null);
  if (/\[\^[^\]]+\]/.test(markdown)) return leave("the text already has Markdown footnotes");

  const notes = new Map<number, string[]>();
  let current: number | null = null;
  // A line break the editor kept at the end of a note's line ("\\" or two spaces) ends it.
  for (const line of lines.slice(start).map((l) => l.replace(/(?:\\|\s{2,})$/, ""))) {
    const match = NOTE_LINE.exec(line);
    if (match) {
      current = Number(match[1]);
      if (notes.has(current)) return leave(`note [${current}] is there twice`);
      notes.set(current, [match[2]!.trim()]);
    } else if (line.trim() && current !== null) notes.get(current)!.push(line.trim());
  }
  const numbers = [...notes.keys()];
  if (numbers.some((n, i) => n !== i + 1)) return leave("the notes are not numbered 1, 2, 3, … in order");
  if ([...notes.values()].some((text) => !text.join(" ").trim())) return leave("a note is empty");

  let bodyEnd = start;
  while (bodyEnd > 0 && !lines[bodyEnd - 1]!.trim()) bodyEnd--;
  const heading = bodyEnd > 0 && NOTES_HEADING.test(lines[bodyEnd - 1]!.trim());
  if (heading) bodyEnd--;
  const body = lines.slice(0, bodyEnd).join("\n");
  const cited = new Set([...withoutCode(body).matchAll(MARKER)].map((m) => Number(m[1])));
  const uncited = numbers.filter((n) => !cited.has(n));
  if (uncited.length) return leave(`note [${uncited[0]}] is not cited in the text`);
  const unknown = [...cited].filter((n) => !notes.has(n));
  if (unknown.length) return leave(`the text cites [${unknown[0]}], which has no note`);

  // Markers outside code become footnote references; the code is left as it was.
  const masked = withoutCode(body);
  let converted = "";
  let last = 0;
  for (const match of masked.matchAll(MARKER)) {
    converted += `${body.slice(last, match.index)}[^${match[1]}]`;
    last = match.index + match[0].length;
  }
  converted += body.slice(last);
  const definitions = numbers.map((n) => `[^${n}]: ${notes.get(n)!.join(" ")}`);
  return { markdown: `${converted.replace(/\s+$/, "")}\n\n${definitions.join("\n")}\n`, converted: numbers.length, reason: null };
}
