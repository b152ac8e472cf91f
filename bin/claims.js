#!/usr/bin/env node
import { start } from "../dist/launch.js"; start();
