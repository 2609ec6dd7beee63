export interface BrowserChoice {
  executablePath: string;
  args: string[];
  origin: string;
}
export function findChromium(): Promise<BrowserChoice>;
