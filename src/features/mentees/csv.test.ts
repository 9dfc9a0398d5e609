import { describe, expect, it } from 'vitest';
import { CsvError, detectSeparator, parseCsv } from './csv';

describe('reading CSV', () => {
  it('reads a comma-separated file with a header', () => {
    const table = parseCsv('employeeId,name\n1,Anna\n2,Bo\n');
    expect(table.separator).toBe(',');
    expect(table.header).toEqual(['employeeId', 'name']);
    expect(table.records).toEqual([
      { row: 2, cells: ['1', 'Anna'] },
      { row: 3, cells: ['2', 'Bo'] },
    ]);
  });

  it('reads what Danish Excel writes: BOM, semicolons, CRLF and commas inside cells', () => {
    const table = parseCsv('\uFEFFmedarbejdernummer;navn;by\r\n7;Åse Ørum;Aarhus, C\r\n');
    expect(table.separator).toBe(';');
    expect(table.header).toEqual(['medarbejdernummer', 'navn', 'by']);
    expect(table.records).toEqual([{ row: 2, cells: ['7', 'Åse Ørum', 'Aarhus, C'] }]);
  });

  it('keeps quoted separators, doubled quotes and line breaks inside a cell as one row', () => {
    const table = parseCsv('a;b;c\n"x;y";"say ""hi""";"two\nlines"\n3;4;5');
    expect(table.records).toEqual([
      { row: 2, cells: ['x;y', 'say "hi"', 'two\nlines'] },
      { row: 3, cells: ['3', '4', '5'] },
    ]);
  });

  it('counts rows as a spreadsheet does: blank lines are rows, but no records', () => {
    const table = parseCsv('a,b\n\n1,2\r\n\r\n3,4\n\n');
    expect(table.records.map((r) => r.row)).toEqual([3, 5]);
  });

  it('trims unquoted cells, keeps empty cells, and reads a last line without a line end', () => {
    const table = parseCsv('a,b,c\n  1 ,, " 3 "');
    expect(table.records).toEqual([{ row: 2, cells: ['1', '', ' 3 '] }]);
  });

  it('reads old Mac line ends and tab-separated files', () => {
    expect(parseCsv('a,b\r1,2\r3,4').records.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(detectSeparator('a\tb\tc\n1,2\t3\t4')).toBe('\t');
  });

  it('detects the separator from the header only, outside quotes', () => {
    expect(detectSeparator('"a,b";c;d\n1,2,3,4,5')).toBe(';');
    expect(detectSeparator('a,b\n1;2;3;4')).toBe(',');
  });

  it('names an empty file and a quote that is never closed, with the row', () => {
    expect(() => parseCsv('')).toThrow(CsvError);
    expect(() => parseCsv('\uFEFF\n\n')).toThrow(/empty/);
    try {
      parseCsv('a,b\n1,2\n3,"open\n4,5');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvError);
      expect((error as CsvError).reason).toBe('unclosed_quote');
      expect((error as CsvError).row).toBe(3);
    }
  });
});
