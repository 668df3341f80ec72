// Prints the bench's one table: a column per field of a row, numbers rounded for reading.

const columns = [
  ["figure", "figure"],
  ["value", "value"],
  ["unit", "unit"],
  ["peer", "peer"],
  ["peerValue", "peer value"],
  ["ratio", "ratio"],
  ["goal", "goal"],
  ["met", "met?"],
];

/** A number with as many digits as a reader needs; strings pass through, missing values are "-". */
function formatValue(value) {
  if (value === null || value === undefined) return "-";
  if (typeof value === "string") return value;
  const abs = Math.abs(value);
  if (Number.isInteger(value) || abs >= 1000) return Math.round(value).toLocaleString("en-US");
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** The rows as an aligned text table. */
export function renderTable(rows) {
  const cells = rows.map((row) => columns.map(([key]) => formatValue(row[key])));
  const widths = columns.map(([, title], i) => Math.max(title.length, ...cells.map((line) => line[i].length)));
  const line = (values) => values.map((value, i) => value.padEnd(widths[i])).join("  ").trimEnd();
  return [line(columns.map(([, title]) => title)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
