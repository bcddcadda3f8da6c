// mammoth's HTML of a .docx → plain lines the plan parser reads: one line per paragraph, and each table row
// as tab-separated cells (a cell's paragraphs on lines of their own, as Word copies them). Row and column spans
// become empty cells, so every row lines up with the header.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const spanOf = (attributes: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(attributes)?.[1] ?? 1);

interface Table {
  rows: string[][];
  row: string[];
  /** Cell paragraphs of the cell being read. */
  cell: string[];
  /** Column index → the cell above that still covers it (rowspan): its text and how many rows are left. */
  covered: Map<number, { text: string; rows: number }>;
  /** The spans of the cell being read, from its opening tag. */
  span: { rows: number; columns: number };
}

interface List {
  ordered: boolean;
  count: number;
}

class TextWriter {
  private readonly lines: string[] = [];
  private readonly tables: Table[] = [];
  private readonly lists: List[] = [];
  private text = '';

  /** Ends the paragraph being read: into the current cell, or onto its own line. */
  flush(): void {
    const text = this.text.trim();
    this.text = '';
    if (text === '') return;
    const table = this.tables.at(-1);
    if (table) table.cell.push(text);
    else this.lines.push(text);
  }

  append(text: string): void {
    this.text += text;
  }

  openListItem(): void {
    this.flush();
    const list = this.lists.at(-1);
    if (!list?.ordered) return;
    list.count += 1;
    // Word's automatic numbers are not in the text: put back 1. for a list and （1） for a list inside one.
    this.text = this.lists.length === 1 ? `${list.count}.` : `（${list.count}）`;
  }

  openList(ordered: boolean): void {
    this.flush();
    this.lists.push({ ordered, count: 0 });
  }

  closeList(): void {
    this.flush();
    this.lists.pop();
  }

  openTable(): void {
    this.flush();
    this.tables.push({ rows: [], row: [], cell: [], covered: new Map(), span: { rows: 1, columns: 1 } });
  }

  /** The cells of this row that a cell of an earlier row spans down into. */
  private fillCovered(table: Table): void {
    for (let above = table.covered.get(table.row.length); above && above.rows > 0; above = table.covered.get(table.row.length)) {
      above.rows -= 1;
      table.row.push(above.text);
    }
  }

  openCell(attributes: string): void {
    this.flush();
    const table = this.tables.at(-1);
    if (!table) return;
    this.fillCovered(table);
    table.span = { rows: spanOf(attributes, 'rowspan'), columns: spanOf(attributes, 'colspan') };
  }

  closeCell(): void {
    this.flush();
    const table = this.tables.at(-1);
    if (!table) return;
    const column = table.row.length;
    const text = table.cell.join('\n');
    table.row.push(text);
    table.cell = [];
    for (let i = 1; i < table.span.columns; i += 1) table.row.push('');
    if (table.span.rows > 1) table.covered.set(column, { text, rows: table.span.rows - 1 });
  }

  closeRow(): void {
    const table = this.tables.at(-1);
    if (!table) return;
    this.fillCovered(table);
    table.rows.push(table.row);
    table.row = [];
  }

  closeTable(): void {
    this.flush();
    const table = this.tables.pop();
    if (!table) return;
    const rows = table.rows.map((cells) => cells.join('\t'));
    const outer = this.tables.at(-1);
    // A table inside a cell stays inside that cell, one row per line.
    if (outer) outer.cell.push(...rows.map((row) => row.replace(/\t/g, ' ')));
    else this.lines.push(...rows);
  }

  result(): string {
    this.flush();
    return this.lines.join('\n');
  }
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function docxHtmlToText(html: string): string {
  const writer = new TextWriter();
  for (const [, closing, rawName, attributes, text] of html.matchAll(TAG)) {
    if (text !== undefined) {
      writer.append(decodeEntities(text));
      continue;
    }
    const name = rawName.toLowerCase();
    const opening = closing === '';
    if (name === 'br' || BLOCKS.has(name)) writer.flush();
    else if (name === 'li') {
      if (opening) writer.openListItem();
      else writer.flush();
    } else if (name === 'ol' || name === 'ul') {
      if (opening) writer.openList(name === 'ol');
      else writer.closeList();
    } else if (name === 'table') {
      if (opening) writer.openTable();
      else writer.closeTable();
    } else if (name === 'tr' && !opening) writer.closeRow();
    else if (name === 'td' || name === 'th') {
      if (opening) writer.openCell(attributes);
      else writer.closeCell();
    }
  }
  return writer.result();
}
