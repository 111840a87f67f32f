@echo off
rem Starts the exhibition on a Windows kiosk: the server (unless it already runs, e.g. as a
rem scheduled task) and Chrome or Edge in kiosk mode. Put a shortcut to this file in
rem shell:startup of the kiosk user. The folder layout it expects:
rem   C:\exhibition\scripts\serve.mjs   C:\exhibition\dist\   C:\exhibition\exhibition-kiosk.bat
setlocal
set "EXHIBITION=%~dp0"
set "PORT=8080"
set "KIOSK_URL=http://127.0.0.1:%PORT%/?kiosk&idle=90"
set "PROFILE=%EXHIBITION%profile"

rem The server: start it minimised when nothing answers yet.
curl.exe -fsS -o nul "http://127.0.0.1:%PORT%/healthz" 2>nul
if errorlevel 1 start "Exhibition server" /min node "%EXHIBITION%scripts\serve.mjs" --dir "%EXHIBITION%dist" --port %PORT%

rem Wait up to 30 s for it; after the first visit the service worker starts the page anyway.
set /a TRIES=0
:wait
curl.exe -fsS -o nul "http://127.0.0.1:%PORT%/healthz" 2>nul
if not errorlevel 1 goto browser
set /a TRIES+=1
if %TRIES% geq 30 goto browser
timeout /t 1 /nobreak >nul
goto wait

:browser
set "BROWSER="
if exist "%ProgramFiles%\Google\Chrome\Application\chrome.exe" set "BROWSER=%ProgramFiles%\Google\Chrome\Application\chrome.exe"
if not defined BROWSER if exist "%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe" set "BROWSER=%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe"
if not defined BROWSER if exist "%LocalAppData%\Google\Chrome\Application\chrome.exe" set "BROWSER=%LocalAppData%\Google\Chrome\Application\chrome.exe"
if not defined BROWSER set "BROWSER=%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe"

rem (--edge-kiosk-type is for Edge; Chrome ignores it.)
rem Chrome is started again whenever it exits (a crash, or Alt+F4 on a keyboard left attached).
:loop
start "" /wait "%BROWSER%" --kiosk --noerrdialogs --disable-infobars --no-first-run ^
  --hide-crash-restore-bubble --disable-features=Translate --overscroll-history-navigation=0 ^
  --disable-pinch --autoplay-policy=no-user-gesture-required ^
  --check-for-update-interval=31536000 --edge-kiosk-type=fullscreen ^
  --user-data-dir="%PROFILE%" "%KIOSK_URL%"
timeout /t 5 /nobreak >nul
goto loop
