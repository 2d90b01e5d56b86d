/** Dense row-major matrices as number[][]; small sizes only (the widgets show every entry). */
export type Matrix = number[][];

export function matmul(a: Matrix, b: Matrix): Matrix {
  const inner = b.length;
  const cols = b[0]?.length ?? 0;
  return a.map((row) => {
    const out = new Array<number>(cols).fill(0);
    for (let k = 0; k < inner; k++) {
      const v = row[k] ?? 0;
      for (let j = 0; j < cols; j++) out[j]! += v * b[k]![j]!;
    }
    return out;
  });
}

export function transpose(a: Matrix): Matrix {
  const cols = a[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, j) => a.map((row) => row[j]!));
}

/** Columns [from, to) of every row. */
export function sliceColumns(a: Matrix, from: number, to: number): Matrix {
  return a.map((row) => row.slice(from, to));
}
