import { observationReader } from '../core/parseDataset';
import type { ReadResult, RowReader } from '../core/readRows';
import type { InputIssue, Observation } from '../core/types';

/**
 * The observations of a Parquet file of the same columns as observations.csv, held to the
 * same row checks. null when the file is not there or is not Parquet (a host's page in its
 * place); the problem when it cannot be read. `rows` reads the rows (a worker's reads them
 * into column batches).
 */
export async function readParquetObservations(
  res: Response,
  name: string,
  rows: RowReader<Observation> = observationReader(name),
): Promise<ReadResult<Observation> | { broken: InputIssue } | null> {
  if (!res.ok) return null;
  const bytes = await res.arrayBuffer();
  if (!isParquet(bytes)) return null;
  const { parquetRows } = await import('../core/parquetRows');
  const broken = await parquetRows(bytes, name, rows);
  return broken ? { broken } : rows.result([]);
}

/** Parquet files begin and end with the bytes "PAR1"; a host's HTML page in its place does not. */
function isParquet(bytes: ArrayBuffer): boolean {
  if (bytes.byteLength < 8) return false;
  const magic = (at: number) => new TextDecoder().decode(new Uint8Array(bytes, at, 4)) === 'PAR1';
  return magic(0) && magic(bytes.byteLength - 4);
}
