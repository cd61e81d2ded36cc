/**
 * Runs LibreOffice (`soffice --convert-to`) for tests, in a profile of its own.
 *
 * Headless LibreOffice never records the version it last ran as
 * (ooSetupLastVersion), so with an ordinary profile every start counts as the
 * first after an upgrade and runs its graphics self-tests
 * (GraphicsRenderTests.log in the profile): about 7 s of CPU per conversion
 * here, three times the conversion itself. A profile seeded with the running
 * version skips them; it is kept in the temp directory, one per version, so
 * only its first use pays LibreOffice's profile set-up. It also keeps the
 * tests off the user's own LibreOffice profile.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

let profile: string | undefined;

/** The seeded profile directory (created on first use). */
function profileDir(): string {
  if (profile) return profile;
  // "LibreOffice 7.4.7.2 40(Build:2)": the setup version is major.minor.
  const version = /(\d+)\.(\d+)[\d.]*/.exec(execFileSync('soffice', ['--version'], { encoding: 'utf8' }));
  if (!version) throw new Error('soffice --version did not say its version');
  const dir = path.join(tmpdir(), `kad-soffice-${version[0]}`);
  const registry = path.join(dir, 'user', 'registrymodifications.xcu');
  if (!existsSync(registry)) {
    mkdirSync(path.dirname(registry), { recursive: true });
    writeFileSync(
      registry,
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        '<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse">' +
        `<value>${version[1]}.${version[2]}</value></prop></item>\n` +
        '</oor:items>\n',
    );
  }
  return (profile = dir);
}

/** Converts `file` with LibreOffice (`--convert-to <target>`) into `outDir`. */
export function sofficeConvert(file: string, target: string, outDir: string): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profileDir()).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
}
