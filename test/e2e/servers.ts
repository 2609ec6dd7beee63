/** Where the browser tests find the app: its build (scripts/e2e-server.mjs), and `npm start`. */
export const PORT = Number(process.env.E2E_PORT ?? 5199);
export const DEV_PORT = PORT + 1;
/** The folder the built app and its library (lib/) are written to and served from. */
export { TEST_BUILD as BUILT } from '../../scripts/build-for-tests.mjs';
