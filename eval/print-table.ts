/** A Markdown table on stdout, numbers to three decimals: the report format of the eval scripts. */
export function printTable(title: string, table: (string | number)[][]) {
  const cells = table.map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(3) : c)));
  const w = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  console.log(`\n${title}`);
  cells.forEach((r, n) => {
    console.log(`| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`);
    if (n === 0) console.log(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
  });
}
