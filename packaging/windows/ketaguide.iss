; Inno Setup script for ketaguide on Windows (Inno Setup 6).
;
; UNTESTED HERE: written for the release workflow's Windows runner
; (.github/workflows/release.yml), which builds dist\ketaguide with build.spec first:
;
;   python packaging\build_bundle.py          (runs iscc with the defines below)
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\ketaguide /DOutputDir=dist packaging\windows\ketaguide.iss
;
; Installs for all users into Program Files (read-only for patients and staff: ketaguide
; never writes there), adds a Start-menu entry, and offers a desktop icon. The clinic's
; settings go to %PROGRAMDATA%\ketaguide\ketaguide.toml (see README "Settings for your clinic").

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\ketaguide"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; A fixed AppId: upgrades replace the installed version instead of installing beside it.
AppId={{6B1E6C0A-3F0B-4E5C-9A7E-5D2C1B8F4A10}
AppName=ketaguide
AppVersion={#AppVersion}
AppVerName=ketaguide {#AppVersion}
AppPublisher=The ketaguide team
AppComments=Plain-language patient education about ketamine infusion therapy
DefaultDirName={autopf}\ketaguide
DefaultGroupName=ketaguide
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=ketaguide-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\ketaguide.ico
UninstallDisplayIcon={app}\ketaguide.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: ketaguide.exe (windowed), ketaguide-cli.exe (console, for
; `ketaguide-cli check` and `ketaguide-cli --self-check`) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ketaguide"; Filename: "{app}\ketaguide.exe"; Comment: "Learn about your ketamine treatment"
Name: "{autodesktop}\ketaguide"; Filename: "{app}\ketaguide.exe"; Tasks: desktopicon

[Run]
; IT can run the self-check from the last page; it shows its report in a window.
Filename: "{app}\ketaguide.exe"; Parameters: "--self-check"; Description: "Check the installation now (self-check)"; Flags: postinstall skipifsilent unchecked nowait
Filename: "{app}\ketaguide.exe"; Description: "{cm:LaunchProgram,ketaguide}"; Flags: postinstall skipifsilent nowait

[UninstallDelete]
; Only what the installer itself put there; never the clinic's settings in %PROGRAMDATA%.
Type: filesandordirs; Name: "{app}\_internal"
