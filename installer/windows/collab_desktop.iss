; Inno Setup script for Collab Desktop on Windows: a per-user install that needs no admin rights.
; Build the app first (python installer\build.py), then: ISCC installer\windows\collab_desktop.iss
; The version comes from CollabDesktop.exe's version resource, which build.py makes from
; collab_desktop.__version__, so the installer never carries a number of its own.
;
; The user's database, backups and logs live in %LOCALAPPDATA%\CollabDesktop, never under {app}:
; uninstalling removes the program and leaves that folder alone.

#define AppName "Collab Desktop"
#define AppExeName "CollabDesktop.exe"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\CollabDesktop"
#define BuildDir AddBackslash(SourcePath) + "..\..\build\installer"
#define AppVersion GetStringFileInfo(DistDir + "\" + AppExeName, "ProductVersion")
#if AppVersion == ""
  #error dist\CollabDesktop\CollabDesktop.exe is missing or has no version: run installer\build.py first
#endif

[Setup]
AppId={{5EA5B373-559E-4F4E-9B12-2DAD9B04C9BB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; Per-user: {autopf} is %LOCALAPPDATA%\Programs when running without admin rights.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile={#BuildDir}\icons\app-icon.ico
OutputDir=..\..\dist
OutputBaseFilename=CollabDesktop-{#AppVersion}-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Collaboratives, sessions and attendance"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (Python may leave cache files there); the data folder is elsewhere.
Type: filesandordirs; Name: "{app}"
