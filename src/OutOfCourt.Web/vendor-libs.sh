#!/usr/bin/env bash
# Re-creates or verifies the front-end libraries that libman.json names, without the LibMan tool or a CDN.
# jsdelivr serves npm packages unchanged, so the files are taken byte for byte from the npm package of the same
# version. Where a CDN is reachable, `dotnet tool install -g Microsoft.Web.LibraryManager.Cli && libman restore`
# gives the same bytes.
#   ./vendor-libs.sh           download from the npm registry and write wwwroot/lib (and SHA256SUMS)
#   ./vendor-libs.sh --verify  check the committed files against SHA256SUMS (offline)
set -euo pipefail
cd "$(dirname "$0")"
sums=wwwroot/lib/SHA256SUMS
if [ "${1:-}" = "--verify" ]; then
  (cd wwwroot/lib && sha256sum --check --strict SHA256SUMS)
  exit
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# One library per line of libman.json: name@version, destination, files.
python3 - "$tmp" <<'PY'
import json, subprocess, sys, tarfile, os, shutil
tmp = sys.argv[1]
for lib in json.load(open("libman.json"))["libraries"]:
    subprocess.run(["npm", "pack", lib["library"], "--silent", "--pack-destination", tmp], check=True, stdout=subprocess.DEVNULL)
    name, version = lib["library"].rsplit("@", 1)
    tgz = os.path.join(tmp, f"{name.replace('/', '-').lstrip('@')}-{version}.tgz")
    with tarfile.open(tgz) as t:
        for f in lib["files"]:
            member = t.extractfile("package/" + f)
            dest = os.path.join(lib["destination"], os.path.basename(f))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as out:
                shutil.copyfileobj(member, out)
            print("wrote", dest)
PY
(cd wwwroot/lib && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS)
echo "updated $sums"
