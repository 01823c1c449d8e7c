# One INTERFACE target carries the language standard, warnings and Qt safety defines.
# Every Tieout target links it; nothing sets flags on its own.
add_library(tieout_options INTERFACE)
add_library(tieout::options ALIAS tieout_options)

target_compile_features(tieout_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

option(TIEOUT_WERROR "Treat warnings as errors" OFF)
set(TIEOUT_SANITIZE "" CACHE STRING "Sanitizers to enable, e.g. address,undefined")

target_compile_options(tieout_options INTERFACE
    -Wall -Wextra -pedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    $<$<BOOL:${TIEOUT_WERROR}>:-Werror>)

target_compile_definitions(tieout_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

if(TIEOUT_SANITIZE)
    target_compile_options(tieout_options INTERFACE -fsanitize=${TIEOUT_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(tieout_options INTERFACE -fsanitize=${TIEOUT_SANITIZE})
endif()
