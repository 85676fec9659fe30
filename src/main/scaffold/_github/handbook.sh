#!/bin/sh
# Downloads the pinned handbook release into handbook.jar and verifies it, for the workflows. The one place
# the version is pinned: to upgrade, change both lines to the version and the SHA-256 that the release page
# shows (the .jar.sha256 file beside the jar).
HANDBOOK_VERSION=@VERSION@
HANDBOOK_SHA256=@SHA256@
set -eu
case $HANDBOOK_SHA256 in
  *[!0-9a-f]* | "")
    echo "handbook.sh: HANDBOOK_SHA256 is not pinned yet: set it to the SHA-256 on the release page of v$HANDBOOK_VERSION" >&2
    exit 1 ;;
esac
curl -fsSL -o handbook.jar "@REPOSITORY@/releases/download/v$HANDBOOK_VERSION/handbook-$HANDBOOK_VERSION.jar"
echo "$HANDBOOK_SHA256  handbook.jar" | sha256sum --check --strict -
