; Registers the call link schemes for the installing user (per-user install: SHCTX is HKCU).
; The app re-registers or removes them at run time with the "Register callto, SIP and tel URIs" setting,
; with the same command (src/main/desktop/protocol-handlers.ts): after "--" Chromium reads no switches,
; so a crafted link cannot smuggle one in.
!macro registerScheme SCHEME DESCRIPTION
  WriteRegStr SHCTX "Software\Classes\${SCHEME}" "" "URL:${DESCRIPTION}"
  WriteRegStr SHCTX "Software\Classes\${SCHEME}" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\${SCHEME}\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr SHCTX "Software\Classes\${SCHEME}\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" -- "%1"'
!macroend

!macro customInstall
  !insertmacro registerScheme "sip" "SIP call"
  !insertmacro registerScheme "sips" "SIP call"
  !insertmacro registerScheme "tel" "Telephone number"
  !insertmacro registerScheme "callto" "Telephone number"
!macroend

!macro customUnInstall
  DeleteRegKey SHCTX "Software\Classes\sip"
  DeleteRegKey SHCTX "Software\Classes\sips"
  DeleteRegKey SHCTX "Software\Classes\tel"
  DeleteRegKey SHCTX "Software\Classes\callto"
!macroend
