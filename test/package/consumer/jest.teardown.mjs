export default async function () {
  await globalThis.facsimile.stop();
}
