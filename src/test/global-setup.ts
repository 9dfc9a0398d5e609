import { ensurePgliteTemplate } from './pglite-template';

export default async function setup() {
  await ensurePgliteTemplate();
}
