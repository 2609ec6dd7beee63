/** The built app the tests use, and `npm start`'s dev server on the port after it. */
export const PORT = Number(process.env.E2E_PORT ?? 5199);
export const DEV_PORT = PORT + 1;
