-- Lays out the Crosswalk disk image window (CPACK_DMG_DS_STORE_SETUP_SCRIPT): the application
-- on the left, the /Applications link on the right, so dragging one onto the other installs it.
-- CPack runs it with osascript and passes the volume name as the first argument.
on run argv
    set volumeName to item 1 of argv
    tell application "Finder"
        tell disk volumeName
            open
            set current view of container window to icon view
            set toolbar visible of container window to false
            set statusbar visible of container window to false
            set the bounds of container window to {200, 120, 720, 440}
            set viewOptions to the icon view options of container window
            set arrangement of viewOptions to not arranged
            set icon size of viewOptions to 96
            set position of item "crosswalk.app" of container window to {140, 150}
            set position of item "Applications" of container window to {380, 150}
            update without registering applications
            delay 1
            close
        end tell
    end tell
end run
