/**
 * `npm run complete-lockfile`: a registry mirror that serves only this machine's platform leaves
 * other platforms' optional packages (DuckDB and Rollup binaries for macOS, Windows, ARM…) out of
 * package-lock.json, and `npm ci` then refuses the lock. This adds the missing entries, marked
 * optional with their os and cpu, so that `npm ci` accepts the lock and skips them on every
 * platform they are not for. Run it after `npm install` changes the lock.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface LockPackage {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockPackage> };
const OS = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "sunos", "aix", "openharmony", "netbsd"];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "mips64el"];

function platformOf(name: string): Pick<LockPackage, "os" | "cpu" | "libc"> | null {
  const parts = name.split("/").pop()!.split("-");
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  if (!os || !cpu) return null;
  return {
    os: [os],
    cpu: [cpu],
    ...(parts.includes("musl")
      ? { libc: ["musl"] }
      : parts.includes("gnu") || parts.includes("gnueabihf")
        ? { libc: ["glibc"] }
        : {}),
  };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? `${path}/` : ""}node_modules/${name}`.replace(
      /^node_modules\/(.*)\/node_modules\//,
      "node_modules/$1/node_modules/",
    );
    const hoisted = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    lock.packages[hoisted] = { version, optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform packages`);
