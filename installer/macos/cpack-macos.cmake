# macOS packaging, included by installer/CMakeLists.txt when building with APPLE.
# macdeployqt copies the Qt frameworks and plugins into crosswalk.app, then the DragNDrop
# generator writes a disk image with the bundle and a link to /Applications.
set(CPACK_GENERATOR DragNDrop)

set_target_properties(crosswalk PROPERTIES
    MACOSX_BUNDLE_BUNDLE_NAME Crosswalk
    MACOSX_BUNDLE_GUI_IDENTIFIER org.crosswalk.Crosswalk
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright (C) 2026 Crosswalk developers")

qt_generate_deploy_app_script(TARGET crosswalk FILENAME_VARIABLE cw_deploy_crosswalk
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${cw_deploy_crosswalk})

set(CPACK_DMG_VOLUME_NAME Crosswalk)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_DS_STORE_SETUP_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/dmg-layout.applescript)
