; Facilitator's Windows installer (Inno Setup 6). Build the app first, on Windows:
;   py tools\build_app.py
;   iscc tools\windows\facilitator.iss
; build_app.py writes ..\..\build\windows\: version.iss (the version, from the package) and the
; .ico files (from the committed PNG icons). The installer lands in dist\.
; It installs the one-folder app dist\facilitator\ for the current user (no administrator) or,
; when chosen in the first dialog, for everyone; adds Start-menu shortcuts; and registers
; .fsession, .fkit and .fbundle with their own icons, opened by "facilitator.exe" "<file>" as a
; double-click on Linux. Uninstalling removes the files, the shortcuts and these registrations.
; tests/unit/test_windows_build.py checks these associations against facilitator's suffixes.

#include "..\..\build\windows\version.iss"

[Setup]
AppId={{6E0D3C52-9B1F-4B7A-8C55-3F1E2B7D9A41}
AppName={#AppName}
AppVersion={#AppVersion}
VersionInfoVersion={#AppVersionNumbers}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per user by default; the first dialog offers "for all users" (then it asks for elevation)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\build\windows\icons\facilitator.ico
OutputDir=..\..\dist
OutputBaseFilename=facilitator-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\build\windows\icons\*.ico"; DestDir: "{app}\icons"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\icons\facilitator.ico"
Name: "{autoprograms}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; IconFilename: "{app}\icons\facilitator.ico"

[Registry]
; HKA: HKEY_CURRENT_USER for a per-user install, HKEY_LOCAL_MACHINE for everyone.
; One ProgID per document type: its name, its icon and its "open" command.
Root: HKA; Subkey: "Software\Classes\.fsession"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.fsession\OpenWithProgids"; ValueType: string; ValueName: "Facilitator.Session"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Session"; ValueType: string; ValueName: ""; ValueData: "Facilitator session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\facilitator-session.ico"
Root: HKA; Subkey: "Software\Classes\Facilitator.Session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKA; Subkey: "Software\Classes\.fkit"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Kit"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.fkit\OpenWithProgids"; ValueType: string; ValueName: "Facilitator.Kit"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Kit"; ValueType: string; ValueName: ""; ValueData: "Facilitator platform kit"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Kit\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\facilitator-kit.ico"
Root: HKA; Subkey: "Software\Classes\Facilitator.Kit\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKA; Subkey: "Software\Classes\.fbundle"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.fbundle\OpenWithProgids"; ValueType: string; ValueName: "Facilitator.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Bundle"; ValueType: string; ValueName: ""; ValueData: "Facilitator results bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\facilitator-bundle.ico"
Root: HKA; Subkey: "Software\Classes\Facilitator.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent unchecked
