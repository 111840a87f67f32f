#!/bin/sh
# Starts Chromium full screen on the exhibition, for the logged-in kiosk user.
# Install: sudo install -m 755 exhibition-kiosk.sh /opt/exhibition/exhibition-kiosk.sh
# Started by exhibition-kiosk.service (systemd user unit) or exhibition-kiosk.desktop (autostart).
# Override with environment variables: KIOSK_URL, CHROMIUM, KIOSK_PROFILE, and KIOSK_EXTRA_FLAGS
# (e.g. "--window-position=0,0 --window-size=1920,1080" where no window manager runs).

URL="${KIOSK_URL:-http://127.0.0.1:8080/?kiosk&idle=90}"
PROFILE="${KIOSK_PROFILE:-/var/lib/exhibition-kiosk/profile}"
if [ -z "$CHROMIUM" ]; then
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then CHROMIUM="$candidate"; break; fi
  done
fi
[ -n "$CHROMIUM" ] || { echo "exhibition-kiosk: no Chromium or Chrome found" >&2; exit 1; }

# X11: no screen saver, no blanking, no monitor power saving (xset s off -dpms s noblank,
# one at a time: a display without the DPMS extension would stop the line at -dpms).
if [ -n "$DISPLAY" ] && [ -z "$WAYLAND_DISPLAY" ] && command -v xset >/dev/null 2>&1; then
  xset s off
  xset s noblank
  xset -dpms 2>/dev/null || true
fi

# Wait up to 30 s for the server. After the first visit the service worker starts the
# exhibition without it, so go on anyway.
origin=$(printf '%s' "$URL" | sed -E 's#^(https?://[^/]+).*#\1#')
i=0
while [ "$i" -lt 30 ] && command -v curl >/dev/null 2>&1 &&
  ! curl -fsS -o /dev/null "$origin/healthz" 2>/dev/null; do
  sleep 1
  i=$((i + 1))
done

# Chromium is started again whenever it exits (a crash, or Alt+F4 on a keyboard left attached).
# To stop the kiosk: systemctl --user stop exhibition-kiosk, or log out.
while :; do
  "$CHROMIUM" \
    --kiosk \
    --noerrdialogs \
    --disable-infobars \
    --no-first-run \
    --hide-crash-restore-bubble \
    --disable-features=Translate \
    --overscroll-history-navigation=0 \
    --disable-pinch \
    --autoplay-policy=no-user-gesture-required \
    --check-for-update-interval=31536000 \
    --password-store=basic \
    --user-data-dir="$PROFILE" \
    $KIOSK_EXTRA_FLAGS \
    "$URL"
  echo "exhibition-kiosk: $CHROMIUM exited ($?), starting it again in 5 s" >&2
  sleep 5
done
