/**
 * A small RFC 4180 CSV reader for spreadsheet exports: quoted fields (with `""` for a quote
 * and line breaks inside quotes), CRLF, LF or CR line ends, a byte-order mark, and either a
 * comma or a semicolon as the separator (Danish Excel writes `;`), detected from the header.
 */

export interface CsvRecord {
  /** The spreadsheet row the record starts on, counting the header as row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  separator: ',' | ';' | '\t';
  header: string[];
  records: CsvRecord[];
}

export class CsvError extends Error {
  constructor(
    readonly reason: 'empty' | 'unclosed_quote',
    readonly row: number,
  ) {
    super(`${reason} at row ${row}`);
  }
}

/** The separator the header line uses most, outside quotes: `;`, `,` or a tab. */
export function detectSeparator(text: string): CsvTable['separator'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Every record of the text as cells; blank lines are skipped. */
export function parseCsvRows(input: string, separator: string): { row: number; cells: string[] }[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  /** Whether the current cell began with a quote (so `""` alone is an empty, quoted cell). */
  let wasQuoted = false;
  let row = 1;
  let startRow = 1;
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    // A line with nothing on it is not a record (spreadsheets leave them at the end).
    if (cells.length > 1 || cells[0] !== '') rows.push({ row: startRow, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        // A line break inside quotes stays in the cell: a spreadsheet shows it as one row.
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      cell = '';
    } else if (char === separator) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      row++;
      startRow = row;
    } else {
      cell += char;
    }
  }
  if (quoted) throw new CsvError('unclosed_quote', startRow);
  if (cell !== '' || cells.length > 0 || wasQuoted) endRecord();
  return rows;
}

/** The header (first record) and the records after it, with their spreadsheet row numbers. */
export function parseCsv(input: string): CsvTable {
  const separator = detectSeparator(input.startsWith('\uFEFF') ? input.slice(1) : input);
  const rows = parseCsvRows(input, separator);
  const [header, ...records] = rows;
  if (!header) throw new CsvError('empty', 1);
  return { separator, header: header.cells, records };
}
