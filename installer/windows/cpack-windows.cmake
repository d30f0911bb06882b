# Windows packaging, included by installer/CMakeLists.txt when building with WIN32.
# Qt's deploy tooling (windeployqt) copies the Qt DLLs and plugins next to the executables, then
# WiX builds an MSI and NSIS an EXE installer.
set(CPACK_GENERATOR WIX NSIS ZIP)

qt_generate_deploy_app_script(TARGET crosswalk FILENAME_VARIABLE cw_deploy_crosswalk
    NO_UNSUPPORTED_PLATFORM_ERROR)
qt_generate_deploy_app_script(TARGET crosswalkctl FILENAME_VARIABLE cw_deploy_crosswalkctl
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${cw_deploy_crosswalk})
install(SCRIPT ${cw_deploy_crosswalkctl})

# WiX. The upgrade code must never change: it is how Windows recognises later versions of
# Crosswalk as upgrades of this product rather than a second installation.
set(CPACK_WIX_UPGRADE_GUID "6E0F7A52-3B1C-4C8E-9A2F-5D7B1C0E4A93")
set(CPACK_WIX_PRODUCT_GUID "*")
set(CPACK_WIX_PROGRAM_MENU_FOLDER Crosswalk)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_LIST_DIR}/wix-patch.xml)

# NSIS.
set(CPACK_NSIS_DISPLAY_NAME Crosswalk)
set(CPACK_NSIS_PACKAGE_NAME Crosswalk)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\crosswalk.exe)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN crosswalk.exe)
