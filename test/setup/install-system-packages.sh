#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, only when they are missing:
# Chromium for browser tests, w3m for the text-only page, and a real voice stack
# (speech-dispatcher + espeak-ng + PulseAudio + SoX) for the read-aloud test.
set -euo pipefail

need=()
for package in chromium w3m speech-dispatcher espeak-ng speech-dispatcher-espeak-ng pulseaudio pulseaudio-utils sox; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || need+=("$package")
done

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing Debian packages for the tests: ${need[*]}"
if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
