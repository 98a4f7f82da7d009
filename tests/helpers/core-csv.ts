// core-csv: a small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes),
// written here so the Neo4j CSV files are read back by code that is not the writer's.

/** The rows of a CSV text; a final line break does not make an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") endField();
    else if (c === "\n" || c === "\r") {
      endField();
      rows.push(row);
      row = [];
      if (c === "\r" && text[i + 1] === "\n") i++;
    } else if (c === '"') throw new Error(`parseCsv: a quote inside an unquoted field at offset ${i}`);
    else field += c;
    i++;
  }
  if (quoted) throw new Error("parseCsv: a quoted field is not closed");
  if (field !== "" || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** The rows as records keyed by the header row's cells. */
export function parseCsvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`parseCsv: row ${i + 2} has ${row.length} fields, the header ${header.length}`);
  }
  return { header, records: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]!]))) };
}
