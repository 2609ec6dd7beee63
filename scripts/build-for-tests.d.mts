export const TEST_BUILD: string;
export function buildInputs(root?: string): string;
export function buildForTests(folder: string): Promise<boolean>;
