# The ICCMA benchmark generator families as a small static library, included by bench/ (the
# iccma_generate driver) and by tests/ (determinism and shape tests).
if(NOT TARGET argmap_iccma_families)
  set(_iccma_dir ${CMAKE_CURRENT_LIST_DIR})
  add_library(argmap_iccma_families STATIC
    ${_iccma_dir}/orient.cpp
    ${_iccma_dir}/afgen.cpp
    ${_iccma_dir}/erdos_renyi.cpp
    ${_iccma_dir}/barabasi_albert.cpp
    ${_iccma_dir}/watts_strogatz.cpp
    ${_iccma_dir}/stable_generator.cpp
    ${_iccma_dir}/grid.cpp
    ${_iccma_dir}/admbuster.cpp)
  target_include_directories(argmap_iccma_families PUBLIC ${_iccma_dir})
  target_compile_options(argmap_iccma_families PRIVATE ${ARGMAP_WARNINGS})
  set_target_properties(argmap_iccma_families PROPERTIES POSITION_INDEPENDENT_CODE ON)
endif()
