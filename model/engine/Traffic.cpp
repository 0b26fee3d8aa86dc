#include "engine/Traffic.h"
