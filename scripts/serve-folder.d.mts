export interface ServedFolder {
  url: string;
  close(): Promise<void>;
}
export function serveFolder(
  root: string,
  options?: { headers?: Record<string, string>; folders?: Record<string, string>; port?: number },
): Promise<ServedFolder>;
