# Builds VisitDesk's Windows installer with the JDK's jpackage: the same steps as installer/build.sh.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [app-image|msi|exe]   (default: msi)
#
# Needs a JDK 17+ (jlink, jpackage, jdeps on PATH) and, for msi/exe, the WiX Toolset 3 (candle.exe, light.exe on
# PATH): https://github.com/wixtoolset/wix3/releases. Output in target\installer\.
param([ValidateSet('app-image', 'msi', 'exe')][string]$Type = 'msi')
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

function Need($tool, $hint) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { Write-Error "missing: $tool`n  $hint" }
}
foreach ($t in 'jlink', 'jpackage', 'jdeps') { Need $t 'Install a full JDK 17 or newer and put its bin\ on PATH.' }
if ($Type -ne 'app-image') {
    Need 'candle.exe' 'Install the WiX Toolset 3 and put its bin\ on PATH.'
    Need 'light.exe' 'Install the WiX Toolset 3 and put its bin\ on PATH.'
}
function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { Write-Error "$exe failed ($LASTEXITCODE)" }
}

# 1. the jar and its libraries (on Windows target\lib holds JavaFX's -win jars)
$jar = 'target\visitdesk.jar'
$stale = -not (Test-Path $jar)
if (-not $stale) {
    $built = (Get-Item $jar).LastWriteTime
    $stale = @(Get-ChildItem -Recurse -File src, pom.xml | Where-Object { $_.LastWriteTime -gt $built }).Count -gt 0
}
if ($stale) { Run '.\mvnw.cmd' @('-B', '-q', 'package', '-DskipTests') }
$version = ([xml](Get-Content pom.xml)).project.version -replace '-.*$', ''

# the staging folder: the jar and just the libraries its manifest names (target\lib keeps old versions after an
# upgrade; jpackage would put every jar it finds on the class path)
$out = 'target\installer'
Remove-Item -Recurse -Force "$out\input" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item $jar "$out\input\"
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [IO.Compression.ZipFile]::OpenRead((Resolve-Path $jar).Path)
$reader = New-Object IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
$manifest = $reader.ReadToEnd() -replace "\r?\n ", ''
$reader.Close(); $zip.Dispose()
$classpath = ([regex]::Match($manifest, '(?m)^Class-Path: (.*)$')).Groups[1].Value.Trim() -split '\s+'
if (-not $classpath[0]) { Write-Error "$jar names no libraries in its manifest" }
foreach ($entry in $classpath) { Copy-Item "target\$entry" "$out\input\lib\" }

# 2. the runtime: what jdeps finds, plus jdk.localedata for Spanish dates
$modules = (& jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "$out\input\lib\*" $jar |
    Select-Object -Last 1) + ',jdk.localedata'
Write-Host "== jlink: $modules"
Remove-Item -Recurse -Force "$out\runtime" -ErrorAction SilentlyContinue
Run 'jlink' @('--add-modules', $modules, '--include-locales=en,es', '--strip-debug', '--no-header-files',
    '--no-man-pages', '--compress=2', '--output', "$out\runtime")

# 3. the app-image
Write-Host "== jpackage app-image $version"
Remove-Item -Recurse -Force "$out\VisitDesk" -ErrorAction SilentlyContinue
Run 'jpackage' @('--type', 'app-image', '--dest', $out, '--input', "$out\input", '--main-jar', 'visitdesk.jar',
    '--main-class', 'org.visitdesk.Main', '--runtime-image', "$out\runtime", '--app-version', $version,
    '@installer/common', '@installer/windows')
Remove-Item -Recurse -Force "$out\input"

# 4. the installer, from that app-image (the start-menu entry, shortcut and upgrade UUID: installer\windows-package)
if ($Type -ne 'app-image') {
    Write-Host "== jpackage $Type $version"
    Run 'jpackage' @('--type', $Type, '--dest', $out, '--app-image', "$out\VisitDesk", '--app-version', $version,
        '@installer/common', '@installer/windows-package')
}
Get-ChildItem $out
Write-Host "try: $out\VisitDesk\VisitDesk-cli.exe --version"
