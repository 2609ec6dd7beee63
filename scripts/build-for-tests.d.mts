export const TEST_BUILD: string;
export function buildInputs(): string;
export function buildForTests(folder: string): Promise<boolean>;
