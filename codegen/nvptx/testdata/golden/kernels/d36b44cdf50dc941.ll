define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i16* %kbar, i16* %vbar, i32* %comp) {
entry:
	%0 = ptrtoint [0 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x8000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = sub i32 %9, 128
	%11 = lshr i32 %10, 5
	%12 = and i32 %10, 31
	%13 = lshr i32 %11, 2
	%14 = mul i32 %13, 512
	%15 = add i32 %4, %14
	%16 = lshr i32 %12, 2
	%17 = and i32 %12, 3
	%18 = add i32 %NQ, 1
	%19 = lshr i32 %18, 1
	%20 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%21 = mul i32 %20, %19
	%22 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%23 = add i32 %21, %22
	%24 = mul i32 %hg, %19
	%25 = udiv i32 %23, %24
	%26 = urem i32 %23, %24
	%27 = mul i32 %25, %hg
	%28 = sub i32 %H, %27
	%29 = icmp slt i32 %hg, %28
	%30 = select i1 %29, i32 %hg, i32 %28
	%31 = sub i32 %19, 1
	%32 = udiv i32 %26, %30
	%33 = sub i32 %31, %32
	%34 = urem i32 %26, %30
	%35 = add i32 %27, %34
	%36 = sdiv i32 %35, %group
	%37 = mul i32 %33, 128
	%38 = mul i32 %35, %M
	%39 = mul i32 %38, 64
	%40 = sext i32 %39 to i64
	%41 = getelementptr i16, i16* %q, i64 %40
	%42 = mul i32 %36, %N
	%43 = mul i32 %42, 64
	%44 = sext i32 %43 to i64
	%45 = getelementptr i16, i16* %k, i64 %44
	%46 = mul i32 %36, %N
	%47 = mul i32 %46, 64
	%48 = sext i32 %47 to i64
	%49 = getelementptr i16, i16* %v, i64 %48
	%50 = udiv i32 %35, %lh
	%51 = mul i32 %50, %NQ
	%52 = add i32 %51, %33
	%53 = mul i32 %52, 2
	%54 = mul i32 %53, %NK
	%55 = lshr i32 %11, 2
	%56 = and i32 %55, 1
	%57 = add i32 %NK, 63
	%58 = sdiv i32 %57, 64
	%59 = add i32 %NK, %58
	%60 = mul i32 %35, %19
	%61 = add i32 %60, %33
	%62 = mul i32 %61, %59
	%63 = shl i32 %33, 1
	%64 = add i32 %63, %56
	%65 = sub i32 %NQ, 1
	%66 = icmp slt i32 %64, %65
	%67 = select i1 %66, i32 %64, i32 %65
	%68 = mul i32 %35, %ch
	%69 = mul i32 %68, %NQ
	%70 = add i32 %69, %67
	%71 = mul i32 %70, %NK
	%72 = mul i32 %36, %NK
	%73 = mul i32 %72, 64
	%74 = sext i32 %73 to i64
	%75 = getelementptr i16, i16* %kbar, i64 %74
	%76 = mul i32 %36, %NK
	%77 = mul i32 %76, 64
	%78 = sext i32 %77 to i64
	%79 = getelementptr i16, i16* %vbar, i64 %78
	%80 = add i32 %NK, 63
	%81 = sdiv i32 %80, 64
	%82 = mul i32 %35, %NQ
	%83 = add i32 %82, %67
	%84 = mul i32 %83, %81
	%85 = mul i32 %84, 2
	%86 = add i32 %62, 0
	%87 = sext i32 %86 to i64
	%88 = getelementptr i32, i32* %list, i64 %87
	%89 = load i32, i32* %88
	%90 = icmp slt i32 %89, 0
	%91 = and i32 %89, u0xFFFFFF
	%92 = select i1 %90, i32 -1, i32 %91
	%93 = add i32 %62, 0
	%94 = sext i32 %93 to i64
	%95 = getelementptr i32, i32* %list, i64 %94
	%96 = load i32, i32* %95
	%97 = add i32 %56, 24
	%98 = lshr i32 %96, %97
	%99 = and i32 %98, 1
	%100 = icmp ne i32 %99, 0
	%101 = icmp sgt i32 %NK, 0
	%102 = icmp sge i32 %92, 0
	%103 = and i1 %101, %102
	%104 = add i32 %0, u0xC000
	%105 = lshr i32 %104, 4
	%106 = and i32 %105, u0x3FFF
	%107 = add i32 %0, u0xE000
	%108 = icmp eq i32 %9, 0
	br i1 %108, label %109, label %134

109:
	%110 = mul i32 0, 32
	%111 = add i32 %107, %110
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %111)
	%112 = mul i32 0, 32
	%113 = add i32 %107, %112
	%114 = add i32 %113, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %114)
	%115 = mul i32 0, 32
	%116 = add i32 %107, %115
	%117 = add i32 %116, 16
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %117)
	%118 = mul i32 0, 32
	%119 = add i32 %107, %118
	%120 = add i32 %119, 16
	%121 = add i32 %120, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %121)
	%122 = mul i32 1, 32
	%123 = add i32 %107, %122
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %123)
	%124 = mul i32 1, 32
	%125 = add i32 %107, %124
	%126 = add i32 %125, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %126)
	%127 = mul i32 1, 32
	%128 = add i32 %107, %127
	%129 = add i32 %128, 16
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %129)
	%130 = mul i32 1, 32
	%131 = add i32 %107, %130
	%132 = add i32 %131, 16
	%133 = add i32 %132, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %133)
	br label %134

134:
	call void asm sideeffect "fence.mbarrier_init.release.cluster;", ""()
	call void @llvm.nvvm.barrier0()
	%135 = icmp ult i32 %9, 128
	br i1 %135, label %producer, label %consumer

producer:
	call void asm sideeffect "setmaxnreg.dec.sync.aligned.u32 40;", ""()
	br i1 %103, label %produce, label %produced

consumer:
	call void asm sideeffect "setmaxnreg.inc.sync.aligned.u32 232;", ""()
	%136 = lshr i32 %10, 3
	%137 = and i32 %10, 7
	%138 = lshr i32 %137, 3
	%139 = mul i32 %138, u0x4000
	%140 = and i32 %137, 7
	%141 = and i32 %136, 7
	%142 = xor i32 %140, %141
	%143 = mul i32 %136, 128
	%144 = shl i32 %142, 4
	%145 = add i32 %143, %144
	%146 = add i32 %139, %145
	%147 = add i32 %2, %146
	%148 = add i32 %37, %136
	%149 = mul i32 %148, 64
	%150 = mul i32 %137, 8
	%151 = add i32 %149, %150
	%152 = sext i32 %151 to i64
	%153 = getelementptr i16, i16* %41, i64 %152
	%154 = add i32 %148, 0
	%155 = icmp slt i32 %154, %M
	%156 = getelementptr i16, i16* %153, i64 0
	%157 = select i1 %155, i16* %156, i16* %41
	%158 = add i32 %147, 0
	%159 = select i1 %155, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	%160 = add i32 %148, 32
	%161 = icmp slt i32 %160, %M
	%162 = getelementptr i16, i16* %153, i64 2048
	%163 = select i1 %161, i16* %162, i16* %41
	%164 = add i32 %147, u0x1000
	%165 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %164, i16* %163, i32 %165)
	%166 = add i32 %148, 64
	%167 = icmp slt i32 %166, %M
	%168 = getelementptr i16, i16* %153, i64 u0x1000
	%169 = select i1 %167, i16* %168, i16* %41
	%170 = add i32 %147, u0x2000
	%171 = select i1 %167, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %170, i16* %169, i32 %171)
	%172 = add i32 %148, 96
	%173 = icmp slt i32 %172, %M
	%174 = getelementptr i16, i16* %153, i64 6144
	%175 = select i1 %173, i16* %174, i16* %41
	%176 = add i32 %147, 12288
	%177 = select i1 %173, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %176, i16* %175, i32 %177)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%178 = mul i32 %10, 32
	%179 = add i32 %104, %178
	%180 = add i32 %179, 0
	call void asm sideeffect "{ .reg .b32 z; mov.b32 z, 0; st.shared.v4.b32 [$0], {z, z, z, z}; }", "r"(i32 %180)
	%181 = add i32 %179, 16
	call void asm sideeffect "{ .reg .b32 z; mov.b32 z, 0; st.shared.v4.b32 [$0], {z, z, z, z}; }", "r"(i32 %181)
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void asm sideeffect "bar.sync 1, 256;", ""()
	br i1 %103, label %prologue, label %epilogue

produce:
	%182 = phi i32 [ 0, %producer ], [ %308, %261 ]
	%183 = phi i32 [ %92, %producer ], [ %318, %261 ]
	%184 = urem i32 %182, 2
	%185 = udiv i32 %182, 2
	%186 = and i32 %185, 1
	%187 = xor i32 %186, 1
	%188 = mul i32 %184, 32
	%189 = add i32 %107, %188
	%190 = add i32 %189, 8
	br label %191

produced:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	ret void

191:
	%192 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %190, i32 %187)
	%193 = icmp ne i32 %192, 0
	br i1 %193, label %194, label %191

194:
	%195 = mul i32 %184, u0x4000
	%196 = mul i32 %183, 64
	%197 = icmp sge i32 %183, %NK
	%198 = select i1 %197, i16* %75, i16* %45
	%199 = sub i32 %183, %NK
	%200 = select i1 %197, i32 %199, i32 %183
	%201 = mul i32 %200, 64
	%202 = select i1 %197, i32 %NK, i32 %N
	%203 = icmp sge i32 %183, %NK
	%204 = select i1 %203, i16* %79, i16* %49
	%205 = sub i32 %183, %NK
	%206 = select i1 %203, i32 %205, i32 %183
	%207 = mul i32 %206, 64
	%208 = select i1 %203, i32 %NK, i32 %N
	%209 = add i32 %0, %195
	%210 = lshr i32 %9, 3
	%211 = and i32 %9, 7
	%212 = lshr i32 %211, 3
	%213 = mul i32 %212, u0x2000
	%214 = and i32 %211, 7
	%215 = and i32 %210, 7
	%216 = xor i32 %214, %215
	%217 = mul i32 %210, 128
	%218 = shl i32 %216, 4
	%219 = add i32 %217, %218
	%220 = add i32 %213, %219
	%221 = add i32 %209, %220
	%222 = add i32 %201, %210
	%223 = mul i32 %222, 64
	%224 = mul i32 %211, 8
	%225 = add i32 %223, %224
	%226 = sext i32 %225 to i64
	%227 = getelementptr i16, i16* %198, i64 %226
	%228 = add i32 %222, 0
	%229 = icmp slt i32 %228, %202
	%230 = getelementptr i16, i16* %227, i64 0
	%231 = select i1 %229, i16* %230, i16* %198
	%232 = add i32 %221, 0
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %222, 16
	%235 = icmp slt i32 %234, %202
	%236 = getelementptr i16, i16* %227, i64 1024
	%237 = select i1 %235, i16* %236, i16* %198
	%238 = add i32 %221, 2048
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	%240 = add i32 %222, 32
	%241 = icmp slt i32 %240, %202
	%242 = getelementptr i16, i16* %227, i64 2048
	%243 = select i1 %241, i16* %242, i16* %198
	%244 = add i32 %221, u0x1000
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	%246 = add i32 %222, 48
	%247 = icmp slt i32 %246, %202
	%248 = getelementptr i16, i16* %227, i64 3072
	%249 = select i1 %247, i16* %248, i16* %198
	%250 = add i32 %221, 6144
	%251 = select i1 %247, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %250, i16* %249, i32 %251)
	%252 = mul i32 %184, 32
	%253 = add i32 %107, %252
	call void asm sideeffect "cp.async.mbarrier.arrive.noinc.shared::cta.b64 [$0];", "r"(i32 %253)
	%254 = mul i32 %184, 32
	%255 = add i32 %107, %254
	%256 = add i32 %255, 16
	%257 = add i32 %256, 8
	br label %258

258:
	%259 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %257, i32 %187)
	%260 = icmp ne i32 %259, 0
	br i1 %260, label %261, label %258

261:
	%262 = add i32 %1, %195
	%263 = lshr i32 %9, 3
	%264 = and i32 %9, 7
	%265 = lshr i32 %264, 3
	%266 = mul i32 %265, u0x2000
	%267 = and i32 %264, 7
	%268 = and i32 %263, 7
	%269 = xor i32 %267, %268
	%270 = mul i32 %263, 128
	%271 = shl i32 %269, 4
	%272 = add i32 %270, %271
	%273 = add i32 %266, %272
	%274 = add i32 %262, %273
	%275 = add i32 %201, %263
	%276 = mul i32 %275, 64
	%277 = mul i32 %264, 8
	%278 = add i32 %276, %277
	%279 = sext i32 %278 to i64
	%280 = getelementptr i16, i16* %204, i64 %279
	%281 = add i32 %275, 0
	%282 = icmp slt i32 %281, %202
	%283 = getelementptr i16, i16* %280, i64 0
	%284 = select i1 %282, i16* %283, i16* %204
	%285 = add i32 %274, 0
	%286 = select i1 %282, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %285, i16* %284, i32 %286)
	%287 = add i32 %275, 16
	%288 = icmp slt i32 %287, %202
	%289 = getelementptr i16, i16* %280, i64 1024
	%290 = select i1 %288, i16* %289, i16* %204
	%291 = add i32 %274, 2048
	%292 = select i1 %288, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %291, i16* %290, i32 %292)
	%293 = add i32 %275, 32
	%294 = icmp slt i32 %293, %202
	%295 = getelementptr i16, i16* %280, i64 2048
	%296 = select i1 %294, i16* %295, i16* %204
	%297 = add i32 %274, u0x1000
	%298 = select i1 %294, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %297, i16* %296, i32 %298)
	%299 = add i32 %275, 48
	%300 = icmp slt i32 %299, %202
	%301 = getelementptr i16, i16* %280, i64 3072
	%302 = select i1 %300, i16* %301, i16* %204
	%303 = add i32 %274, 6144
	%304 = select i1 %300, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %303, i16* %302, i32 %304)
	%305 = mul i32 %184, 32
	%306 = add i32 %107, %305
	%307 = add i32 %306, 16
	call void asm sideeffect "cp.async.mbarrier.arrive.noinc.shared::cta.b64 [$0];", "r"(i32 %307)
	%308 = add i32 %182, 1
	%309 = icmp slt i32 %308, %59
	%310 = select i1 %309, i32 %308, i32 0
	%311 = add i32 %62, %310
	%312 = sext i32 %311 to i64
	%313 = getelementptr i32, i32* %list, i64 %312
	%314 = load i32, i32* %313
	%315 = icmp slt i32 %314, 0
	%316 = and i32 %314, u0xFFFFFF
	%317 = select i1 %315, i32 -1, i32 %316
	%318 = select i1 %309, i32 %317, i32 -1
	%319 = icmp sge i32 %318, 0
	br i1 %319, label %produce, label %produced

prologue:
	%320 = and i32 %12, 7
	%321 = lshr i32 %12, 3
	%322 = and i32 %321, 1
	%323 = shl i32 %322, 3
	%324 = add i32 %320, %323
	%325 = lshr i32 %12, 4
	%326 = mul i32 %11, 16
	%327 = add i32 %324, 0
	%328 = add i32 %326, %327
	%329 = mul i32 %328, 128
	%330 = add i32 %2, %329
	%331 = and i32 %12, 7
	%332 = xor i32 %325, %331
	%333 = shl i32 %332, 4
	%334 = add i32 %330, %333
	br label %loop

loop:
	%335 = phi i32 [ 0, %prologue ], [ %482, %joined ]
	%336 = phi i32 [ %92, %prologue ], [ %492, %joined ]
	%337 = phi i1 [ %100, %prologue ], [ %496, %joined ]
	%338 = phi i1 [ false, %prologue ], [ %2240, %joined ]
	%339 = phi float [ 0.0, %prologue ], [ %2188, %joined ]
	%340 = phi float [ 0.0, %prologue ], [ %2189, %joined ]
	%341 = phi float [ 0.0, %prologue ], [ %2190, %joined ]
	%342 = phi float [ 0.0, %prologue ], [ %2191, %joined ]
	%343 = phi float [ 0.0, %prologue ], [ %2192, %joined ]
	%344 = phi float [ 0.0, %prologue ], [ %2193, %joined ]
	%345 = phi float [ 0.0, %prologue ], [ %2194, %joined ]
	%346 = phi float [ 0.0, %prologue ], [ %2195, %joined ]
	%347 = phi float [ 0.0, %prologue ], [ %2196, %joined ]
	%348 = phi float [ 0.0, %prologue ], [ %2197, %joined ]
	%349 = phi float [ 0.0, %prologue ], [ %2198, %joined ]
	%350 = phi float [ 0.0, %prologue ], [ %2199, %joined ]
	%351 = phi float [ 0.0, %prologue ], [ %2200, %joined ]
	%352 = phi float [ 0.0, %prologue ], [ %2201, %joined ]
	%353 = phi float [ 0.0, %prologue ], [ %2202, %joined ]
	%354 = phi float [ 0.0, %prologue ], [ %2203, %joined ]
	%355 = phi float [ 0.0, %prologue ], [ %2204, %joined ]
	%356 = phi float [ 0.0, %prologue ], [ %2205, %joined ]
	%357 = phi float [ 0.0, %prologue ], [ %2206, %joined ]
	%358 = phi float [ 0.0, %prologue ], [ %2207, %joined ]
	%359 = phi float [ 0.0, %prologue ], [ %2208, %joined ]
	%360 = phi float [ 0.0, %prologue ], [ %2209, %joined ]
	%361 = phi float [ 0.0, %prologue ], [ %2210, %joined ]
	%362 = phi float [ 0.0, %prologue ], [ %2211, %joined ]
	%363 = phi float [ 0.0, %prologue ], [ %2212, %joined ]
	%364 = phi float [ 0.0, %prologue ], [ %2213, %joined ]
	%365 = phi float [ 0.0, %prologue ], [ %2214, %joined ]
	%366 = phi float [ 0.0, %prologue ], [ %2215, %joined ]
	%367 = phi float [ 0.0, %prologue ], [ %2216, %joined ]
	%368 = phi float [ 0.0, %prologue ], [ %2217, %joined ]
	%369 = phi float [ 0.0, %prologue ], [ %2218, %joined ]
	%370 = phi float [ 0.0, %prologue ], [ %2219, %joined ]
	%371 = phi float [ 0xFFF0000000000000, %prologue ], [ %2236, %joined ]
	%372 = phi float [ 0.0, %prologue ], [ %2237, %joined ]
	%373 = phi float [ 0xFFF0000000000000, %prologue ], [ %2238, %joined ]
	%374 = phi float [ 0.0, %prologue ], [ %2239, %joined ]
	%375 = phi i32 [ 0, %prologue ], [ %2220, %joined ]
	%376 = phi i32 [ 0, %prologue ], [ %2221, %joined ]
	%377 = phi i32 [ 0, %prologue ], [ %2222, %joined ]
	%378 = phi i32 [ 0, %prologue ], [ %2223, %joined ]
	%379 = phi i32 [ 0, %prologue ], [ %2224, %joined ]
	%380 = phi i32 [ 0, %prologue ], [ %2225, %joined ]
	%381 = phi i32 [ 0, %prologue ], [ %2226, %joined ]
	%382 = phi i32 [ 0, %prologue ], [ %2227, %joined ]
	%383 = phi i32 [ 0, %prologue ], [ %2228, %joined ]
	%384 = phi i32 [ 0, %prologue ], [ %2229, %joined ]
	%385 = phi i32 [ 0, %prologue ], [ %2230, %joined ]
	%386 = phi i32 [ 0, %prologue ], [ %2231, %joined ]
	%387 = phi i32 [ 0, %prologue ], [ %2232, %joined ]
	%388 = phi i32 [ 0, %prologue ], [ %2233, %joined ]
	%389 = phi i32 [ 0, %prologue ], [ %2234, %joined ]
	%390 = phi i32 [ 0, %prologue ], [ %2235, %joined ]
	%391 = urem i32 %335, 2
	%392 = udiv i32 %335, 2
	%393 = and i32 %392, 1
	%394 = mul i32 %391, 32
	%395 = add i32 %107, %394
	br label %459

epilogue:
	%396 = phi float [ 0.0, %consumer ], [ %2237, %2247 ]
	%397 = phi float [ 0.0, %consumer ], [ %2239, %2247 ]
	%398 = phi i32 [ 0, %consumer ], [ %482, %2247 ]
	%399 = phi float [ 0.0, %consumer ], [ %2393, %2247 ]
	%400 = phi float [ 0.0, %consumer ], [ %2394, %2247 ]
	%401 = phi float [ 0.0, %consumer ], [ %2395, %2247 ]
	%402 = phi float [ 0.0, %consumer ], [ %2396, %2247 ]
	%403 = phi float [ 0.0, %consumer ], [ %2397, %2247 ]
	%404 = phi float [ 0.0, %consumer ], [ %2398, %2247 ]
	%405 = phi float [ 0.0, %consumer ], [ %2399, %2247 ]
	%406 = phi float [ 0.0, %consumer ], [ %2400, %2247 ]
	%407 = phi float [ 0.0, %consumer ], [ %2401, %2247 ]
	%408 = phi float [ 0.0, %consumer ], [ %2402, %2247 ]
	%409 = phi float [ 0.0, %consumer ], [ %2403, %2247 ]
	%410 = phi float [ 0.0, %consumer ], [ %2404, %2247 ]
	%411 = phi float [ 0.0, %consumer ], [ %2405, %2247 ]
	%412 = phi float [ 0.0, %consumer ], [ %2406, %2247 ]
	%413 = phi float [ 0.0, %consumer ], [ %2407, %2247 ]
	%414 = phi float [ 0.0, %consumer ], [ %2408, %2247 ]
	%415 = phi float [ 0.0, %consumer ], [ %2409, %2247 ]
	%416 = phi float [ 0.0, %consumer ], [ %2410, %2247 ]
	%417 = phi float [ 0.0, %consumer ], [ %2411, %2247 ]
	%418 = phi float [ 0.0, %consumer ], [ %2412, %2247 ]
	%419 = phi float [ 0.0, %consumer ], [ %2413, %2247 ]
	%420 = phi float [ 0.0, %consumer ], [ %2414, %2247 ]
	%421 = phi float [ 0.0, %consumer ], [ %2415, %2247 ]
	%422 = phi float [ 0.0, %consumer ], [ %2416, %2247 ]
	%423 = phi float [ 0.0, %consumer ], [ %2417, %2247 ]
	%424 = phi float [ 0.0, %consumer ], [ %2418, %2247 ]
	%425 = phi float [ 0.0, %consumer ], [ %2419, %2247 ]
	%426 = phi float [ 0.0, %consumer ], [ %2420, %2247 ]
	%427 = phi float [ 0.0, %consumer ], [ %2421, %2247 ]
	%428 = phi float [ 0.0, %consumer ], [ %2422, %2247 ]
	%429 = phi float [ 0.0, %consumer ], [ %2423, %2247 ]
	%430 = phi float [ 0.0, %consumer ], [ %2424, %2247 ]
	%431 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %396, i32 1, i32 31)
	%432 = fadd float %396, %431
	%433 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %432, i32 2, i32 31)
	%434 = fadd float %432, %433
	%435 = fcmp ogt float %434, 0.0
	%436 = fdiv float 1.0, %434
	%437 = select i1 %435, float %436, float 0.0
	%438 = mul i32 %11, 16
	%439 = add i32 %37, %438
	%440 = add i32 %16, 0
	%441 = add i32 %439, %440
	%442 = fmul float %399, %437
	%443 = fmul float %400, %437
	%444 = fmul float %403, %437
	%445 = fmul float %404, %437
	%446 = fmul float %407, %437
	%447 = fmul float %408, %437
	%448 = fmul float %411, %437
	%449 = fmul float %412, %437
	%450 = fmul float %415, %437
	%451 = fmul float %416, %437
	%452 = fmul float %419, %437
	%453 = fmul float %420, %437
	%454 = fmul float %423, %437
	%455 = fmul float %424, %437
	%456 = fmul float %427, %437
	%457 = fmul float %428, %437
	%458 = icmp slt i32 %441, %M
	br i1 %458, label %store0, label %stored0

459:
	%460 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %395, i32 %393)
	%461 = icmp ne i32 %460, 0
	br i1 %461, label %462, label %459

462:
	br i1 %338, label %463, label %471

463:
	%464 = sub i32 %335, 1
	%465 = urem i32 %464, 2
	%466 = udiv i32 %464, 2
	%467 = and i32 %466, 1
	%468 = mul i32 %465, 32
	%469 = add i32 %107, %468
	%470 = add i32 %469, 16
	br label %498

471:
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	%472 = mul i32 %336, 64
	%473 = mul i32 %391, 1024
	%474 = add i32 %6, %473
	%475 = add i32 %8, %473
	%476 = icmp eq i32 %391, 0
	%477 = sub i32 %391, 1
	%478 = select i1 %476, i32 1, i32 %477
	%479 = mul i32 %478, 1024
	%480 = add i32 %8, %479
	%481 = select i1 %338, i32 %480, i32 %106
	%482 = add i32 %335, 1
	%483 = icmp slt i32 %482, %59
	%484 = select i1 %483, i32 %482, i32 0
	%485 = add i32 %62, %484
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %list, i64 %486
	%488 = load i32, i32* %487
	%489 = select i1 %483, i32 %488, i32 -1
	%490 = icmp slt i32 %489, 0
	%491 = and i32 %489, u0xFFFFFF
	%492 = select i1 %490, i32 -1, i32 %491
	%493 = add i32 %56, 24
	%494 = lshr i32 %489, %493
	%495 = and i32 %494, 1
	%496 = icmp ne i32 %495, 0
	%497 = icmp sge i32 %492, 0
	br i1 %337, label %own, label %skipped

498:
	%499 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %470, i32 %467)
	%500 = icmp ne i32 %499, 0
	br i1 %500, label %501, label %498

501:
	br label %471

own:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%502 = add i32 %15, 0
	%503 = zext i32 %502 to i64
	%504 = or i64 %503, u0x4000004000010000
	%505 = add i32 %474, 0
	%506 = zext i32 %505 to i64
	%507 = or i64 %506, u0x4000004000010000
	%508 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %504, i64 %507, i32 1)
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 0
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 1
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 2
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 3
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 4
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 5
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 6
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 7
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 8
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 9
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 10
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 11
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 12
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 13
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 14
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 15
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 16
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 17
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 18
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 19
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 20
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 21
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 22
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 23
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 24
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 25
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 26
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 27
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 28
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 29
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 30
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %508, 31
	%541 = add i32 %15, 2
	%542 = zext i32 %541 to i64
	%543 = or i64 %542, u0x4000004000010000
	%544 = add i32 %474, 2
	%545 = zext i32 %544 to i64
	%546 = or i64 %545, u0x4000004000010000
	%547 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, i64 %543, i64 %546, i32 1)
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 0
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 1
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 2
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 3
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 4
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 5
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 6
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 7
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 8
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 9
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 10
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 11
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 12
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 13
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 14
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 15
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 16
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 17
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 18
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 19
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 20
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 21
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 22
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 23
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 24
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 25
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 26
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 27
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 28
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 29
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 30
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %547, 31
	%580 = add i32 %15, 4
	%581 = zext i32 %580 to i64
	%582 = or i64 %581, u0x4000004000010000
	%583 = add i32 %474, 4
	%584 = zext i32 %583 to i64
	%585 = or i64 %584, u0x4000004000010000
	%586 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, i64 %582, i64 %585, i32 1)
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 0
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 1
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 2
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 3
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 4
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 5
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 6
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 7
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 8
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 9
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 10
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 11
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 12
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 13
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 14
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 15
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 16
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 17
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 18
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 19
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 20
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 21
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 22
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 23
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 24
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 25
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 26
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 27
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 28
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 29
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 30
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %586, 31
	%619 = add i32 %15, 6
	%620 = zext i32 %619 to i64
	%621 = or i64 %620, u0x4000004000010000
	%622 = add i32 %474, 6
	%623 = zext i32 %622 to i64
	%624 = or i64 %623, u0x4000004000010000
	%625 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, i64 %621, i64 %624, i32 1)
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 0
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 1
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 2
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 3
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 4
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 5
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 6
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 7
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 8
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 9
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 10
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 11
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 12
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 13
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 14
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 15
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 16
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 17
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 18
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 19
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 20
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 21
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 22
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 23
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 24
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 25
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 26
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 27
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 28
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 29
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 30
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %625, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	%658 = add i32 %481, 0
	%659 = zext i32 %658 to i64
	%660 = or i64 %659, u0x4000004002000000
	%661 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, i32 %375, i32 %376, i32 %377, i32 %378, i64 %660, i32 1)
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 0
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 1
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 2
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 3
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 4
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 5
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 6
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 7
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 8
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 9
	%672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 10
	%673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 11
	%674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 12
	%675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 13
	%676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 14
	%677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 15
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 16
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 17
	%680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 18
	%681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 19
	%682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 20
	%683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 21
	%684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 22
	%685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 23
	%686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 24
	%687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 25
	%688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 26
	%689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 27
	%690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 28
	%691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 29
	%692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 30
	%693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %661, 31
	%694 = add i32 %481, 128
	%695 = zext i32 %694 to i64
	%696 = or i64 %695, u0x4000004002000000
	%697 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %662, float %663, float %664, float %665, float %666, float %667, float %668, float %669, float %670, float %671, float %672, float %673, float %674, float %675, float %676, float %677, float %678, float %679, float %680, float %681, float %682, float %683, float %684, float %685, float %686, float %687, float %688, float %689, float %690, float %691, float %692, float %693, i32 %379, i32 %380, i32 %381, i32 %382, i64 %696, i32 1)
	%698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 0
	%699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 1
	%700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 2
	%701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 3
	%702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 4
	%703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 5
	%704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 6
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 7
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 8
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 9
	%708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 10
	%709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 11
	%710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 12
	%711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 13
	%712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 14
	%713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 15
	%714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 16
	%715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 17
	%716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 18
	%717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 19
	%718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 20
	%719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 21
	%720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 22
	%721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 23
	%722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 24
	%723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 25
	%724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 26
	%725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 27
	%726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 28
	%727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 29
	%728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 30
	%729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %697, 31
	%730 = add i32 %481, 256
	%731 = zext i32 %730 to i64
	%732 = or i64 %731, u0x4000004002000000
	%733 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %698, float %699, float %700, float %701, float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, float %710, float %711, float %712, float %713, float %714, float %715, float %716, float %717, float %718, float %719, float %720, float %721, float %722, float %723, float %724, float %725, float %726, float %727, float %728, float %729, i32 %383, i32 %384, i32 %385, i32 %386, i64 %732, i32 1)
	%734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 0
	%735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 1
	%736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 2
	%737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 3
	%738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 4
	%739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 5
	%740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 6
	%741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 7
	%742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 8
	%743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 9
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 10
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 11
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 12
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 13
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 14
	%749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 15
	%750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 16
	%751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 17
	%752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 18
	%753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 19
	%754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 20
	%755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 21
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 22
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 23
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 24
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 25
	%760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 26
	%761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 27
	%762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 28
	%763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 29
	%764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 30
	%765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %733, 31
	%766 = add i32 %481, 384
	%767 = zext i32 %766 to i64
	%768 = or i64 %767, u0x4000004002000000
	%769 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %734, float %735, float %736, float %737, float %738, float %739, float %740, float %741, float %742, float %743, float %744, float %745, float %746, float %747, float %748, float %749, float %750, float %751, float %752, float %753, float %754, float %755, float %756, float %757, float %758, float %759, float %760, float %761, float %762, float %763, float %764, float %765, i32 %387, i32 %388, i32 %389, i32 %390, i64 %768, i32 1)
	%770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 0
	%771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 1
	%772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 2
	%773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 3
	%774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 4
	%775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 5
	%776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 6
	%777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 7
	%778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 8
	%779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 9
	%780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 10
	%781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 11
	%782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 12
	%783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 13
	%784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 14
	%785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 15
	%786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 16
	%787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 17
	%788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 18
	%789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 19
	%790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 20
	%791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 21
	%792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 22
	%793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 23
	%794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 24
	%795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 25
	%796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 26
	%797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 27
	%798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 28
	%799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 29
	%800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 30
	%801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %769, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 1;", ""()
	%802 = call float asm sideeffect "", "=f,0"(float %626)
	%803 = call float asm sideeffect "", "=f,0"(float %627)
	%804 = call float asm sideeffect "", "=f,0"(float %628)
	%805 = call float asm sideeffect "", "=f,0"(float %629)
	%806 = call float asm sideeffect "", "=f,0"(float %630)
	%807 = call float asm sideeffect "", "=f,0"(float %631)
	%808 = call float asm sideeffect "", "=f,0"(float %632)
	%809 = call float asm sideeffect "", "=f,0"(float %633)
	%810 = call float asm sideeffect "", "=f,0"(float %634)
	%811 = call float asm sideeffect "", "=f,0"(float %635)
	%812 = call float asm sideeffect "", "=f,0"(float %636)
	%813 = call float asm sideeffect "", "=f,0"(float %637)
	%814 = call float asm sideeffect "", "=f,0"(float %638)
	%815 = call float asm sideeffect "", "=f,0"(float %639)
	%816 = call float asm sideeffect "", "=f,0"(float %640)
	%817 = call float asm sideeffect "", "=f,0"(float %641)
	%818 = call float asm sideeffect "", "=f,0"(float %642)
	%819 = call float asm sideeffect "", "=f,0"(float %643)
	%820 = call float asm sideeffect "", "=f,0"(float %644)
	%821 = call float asm sideeffect "", "=f,0"(float %645)
	%822 = call float asm sideeffect "", "=f,0"(float %646)
	%823 = call float asm sideeffect "", "=f,0"(float %647)
	%824 = call float asm sideeffect "", "=f,0"(float %648)
	%825 = call float asm sideeffect "", "=f,0"(float %649)
	%826 = call float asm sideeffect "", "=f,0"(float %650)
	%827 = call float asm sideeffect "", "=f,0"(float %651)
	%828 = call float asm sideeffect "", "=f,0"(float %652)
	%829 = call float asm sideeffect "", "=f,0"(float %653)
	%830 = call float asm sideeffect "", "=f,0"(float %654)
	%831 = call float asm sideeffect "", "=f,0"(float %655)
	%832 = call float asm sideeffect "", "=f,0"(float %656)
	%833 = call float asm sideeffect "", "=f,0"(float %657)
	%834 = mul i32 %391, 32
	%835 = add i32 %107, %834
	%836 = add i32 %835, 8
	call void asm sideeffect "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r"(i32 %836)
	%837 = mul i32 %11, 16
	%838 = add i32 %37, %837
	%839 = add i32 %16, 0
	%840 = add i32 %838, %839
	%841 = mul i32 %11, 16
	%842 = add i32 %37, %841
	%843 = add i32 %16, 8
	%844 = add i32 %842, %843
	%845 = sitofp i32 %35 to float
	%846 = icmp sge i32 %336, %NK
	br i1 %846, label %meankeys, label %classify

skipped:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%847 = add i32 %481, 0
	%848 = zext i32 %847 to i64
	%849 = or i64 %848, u0x4000004002000000
	%850 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, i32 %375, i32 %376, i32 %377, i32 %378, i64 %849, i32 1)
	%851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 0
	%852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 1
	%853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 2
	%854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 3
	%855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 4
	%856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 5
	%857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 6
	%858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 7
	%859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 8
	%860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 9
	%861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 10
	%862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 11
	%863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 12
	%864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 13
	%865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 14
	%866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 15
	%867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 16
	%868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 17
	%869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 18
	%870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 19
	%871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 20
	%872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 21
	%873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 22
	%874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 23
	%875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 24
	%876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 25
	%877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 26
	%878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 27
	%879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 28
	%880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 29
	%881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 30
	%882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %850, 31
	%883 = add i32 %481, 128
	%884 = zext i32 %883 to i64
	%885 = or i64 %884, u0x4000004002000000
	%886 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %851, float %852, float %853, float %854, float %855, float %856, float %857, float %858, float %859, float %860, float %861, float %862, float %863, float %864, float %865, float %866, float %867, float %868, float %869, float %870, float %871, float %872, float %873, float %874, float %875, float %876, float %877, float %878, float %879, float %880, float %881, float %882, i32 %379, i32 %380, i32 %381, i32 %382, i64 %885, i32 1)
	%887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 0
	%888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 1
	%889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 2
	%890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 3
	%891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 4
	%892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 5
	%893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 6
	%894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 7
	%895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 8
	%896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 9
	%897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 10
	%898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 11
	%899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 12
	%900 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 13
	%901 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 14
	%902 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 15
	%903 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 16
	%904 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 17
	%905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 18
	%906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 19
	%907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 20
	%908 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 21
	%909 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 22
	%910 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 23
	%911 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 24
	%912 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 25
	%913 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 26
	%914 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 27
	%915 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 28
	%916 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 29
	%917 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 30
	%918 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %886, 31
	%919 = add i32 %481, 256
	%920 = zext i32 %919 to i64
	%921 = or i64 %920, u0x4000004002000000
	%922 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %887, float %888, float %889, float %890, float %891, float %892, float %893, float %894, float %895, float %896, float %897, float %898, float %899, float %900, float %901, float %902, float %903, float %904, float %905, float %906, float %907, float %908, float %909, float %910, float %911, float %912, float %913, float %914, float %915, float %916, float %917, float %918, i32 %383, i32 %384, i32 %385, i32 %386, i64 %921, i32 1)
	%923 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 0
	%924 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 1
	%925 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 2
	%926 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 3
	%927 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 4
	%928 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 5
	%929 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 6
	%930 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 7
	%931 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 8
	%932 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 9
	%933 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 10
	%934 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 11
	%935 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 12
	%936 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 13
	%937 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 14
	%938 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 15
	%939 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 16
	%940 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 17
	%941 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 18
	%942 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 19
	%943 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 20
	%944 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 21
	%945 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 22
	%946 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 23
	%947 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 24
	%948 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 25
	%949 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 26
	%950 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 27
	%951 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 28
	%952 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 29
	%953 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 30
	%954 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %922, 31
	%955 = add i32 %481, 384
	%956 = zext i32 %955 to i64
	%957 = or i64 %956, u0x4000004002000000
	%958 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %923, float %924, float %925, float %926, float %927, float %928, float %929, float %930, float %931, float %932, float %933, float %934, float %935, float %936, float %937, float %938, float %939, float %940, float %941, float %942, float %943, float %944, float %945, float %946, float %947, float %948, float %949, float %950, float %951, float %952, float %953, float %954, i32 %387, i32 %388, i32 %389, i32 %390, i64 %957, i32 1)
	%959 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 0
	%960 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 1
	%961 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 2
	%962 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 3
	%963 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 4
	%964 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 5
	%965 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 6
	%966 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 7
	%967 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 8
	%968 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 9
	%969 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 10
	%970 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 11
	%971 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 12
	%972 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 13
	%973 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 14
	%974 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 15
	%975 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 16
	%976 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 17
	%977 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 18
	%978 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 19
	%979 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 20
	%980 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 21
	%981 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 22
	%982 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 23
	%983 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 24
	%984 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 25
	%985 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 26
	%986 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 27
	%987 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 28
	%988 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 29
	%989 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 30
	%990 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %958, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%991 = call float asm sideeffect "", "=f,0"(float %959)
	%992 = call float asm sideeffect "", "=f,0"(float %960)
	%993 = call float asm sideeffect "", "=f,0"(float %961)
	%994 = call float asm sideeffect "", "=f,0"(float %962)
	%995 = call float asm sideeffect "", "=f,0"(float %963)
	%996 = call float asm sideeffect "", "=f,0"(float %964)
	%997 = call float asm sideeffect "", "=f,0"(float %965)
	%998 = call float asm sideeffect "", "=f,0"(float %966)
	%999 = call float asm sideeffect "", "=f,0"(float %967)
	%1000 = call float asm sideeffect "", "=f,0"(float %968)
	%1001 = call float asm sideeffect "", "=f,0"(float %969)
	%1002 = call float asm sideeffect "", "=f,0"(float %970)
	%1003 = call float asm sideeffect "", "=f,0"(float %971)
	%1004 = call float asm sideeffect "", "=f,0"(float %972)
	%1005 = call float asm sideeffect "", "=f,0"(float %973)
	%1006 = call float asm sideeffect "", "=f,0"(float %974)
	%1007 = call float asm sideeffect "", "=f,0"(float %975)
	%1008 = call float asm sideeffect "", "=f,0"(float %976)
	%1009 = call float asm sideeffect "", "=f,0"(float %977)
	%1010 = call float asm sideeffect "", "=f,0"(float %978)
	%1011 = call float asm sideeffect "", "=f,0"(float %979)
	%1012 = call float asm sideeffect "", "=f,0"(float %980)
	%1013 = call float asm sideeffect "", "=f,0"(float %981)
	%1014 = call float asm sideeffect "", "=f,0"(float %982)
	%1015 = call float asm sideeffect "", "=f,0"(float %983)
	%1016 = call float asm sideeffect "", "=f,0"(float %984)
	%1017 = call float asm sideeffect "", "=f,0"(float %985)
	%1018 = call float asm sideeffect "", "=f,0"(float %986)
	%1019 = call float asm sideeffect "", "=f,0"(float %987)
	%1020 = call float asm sideeffect "", "=f,0"(float %988)
	%1021 = call float asm sideeffect "", "=f,0"(float %989)
	%1022 = call float asm sideeffect "", "=f,0"(float %990)
	%1023 = mul i32 %478, 32
	%1024 = add i32 %107, %1023
	%1025 = add i32 %1024, 16
	%1026 = add i32 %1025, 8
	%1027 = zext i1 %338 to i32
	call void asm sideeffect "{ .reg .pred p; .reg .b64 st; setp.ne.b32 p, $1, 0; @p mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r,r"(i32 %1026, i32 %1027)
	%1028 = mul i32 %391, 32
	%1029 = add i32 %107, %1028
	%1030 = add i32 %1029, 8
	call void asm sideeffect "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r"(i32 %1030)
	%1031 = mul i32 %391, 32
	%1032 = add i32 %107, %1031
	%1033 = add i32 %1032, 16
	br label %2180

meankeys:
	%1034 = sub i32 %NK, 1
	%1035 = mul i32 %1034, 64
	%1036 = sub i32 %N, %1035
	%1037 = sitofp i32 %1036 to float
	%1038 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1037)
	%1039 = fmul float %1038, 0x40162E4300000000
	%1040 = sub i32 %336, %NK
	%1041 = icmp sge i32 %1040, 0
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = mul i32 %1042, 2
	%1044 = add i32 %85, %1043
	%1045 = add i32 %1044, 0
	%1046 = sext i32 %1045 to i64
	%1047 = getelementptr i32, i32* %comp, i64 %1046
	%1048 = load i32, i32* %1047
	%1049 = add i32 %1044, 1
	%1050 = sext i32 %1049 to i64
	%1051 = getelementptr i32, i32* %comp, i64 %1050
	%1052 = load i32, i32* %1051
	%1053 = shl i32 %17, 1
	%1054 = add i32 0, %1053
	%1055 = add i32 %472, %1054
	%1056 = mul i32 %NK, 64
	%1057 = sub i32 %1055, %1056
	%1058 = icmp ult i32 %1057, %NK
	%1059 = sub i32 %1055, %472
	%1060 = lshr i32 %1059, 5
	%1061 = icmp eq i32 %1060, 1
	%1062 = select i1 %1061, i32 %1052, i32 %1048
	%1063 = and i32 %1059, 31
	%1064 = lshr i32 %1062, %1063
	%1065 = and i32 %1064, 1
	%1066 = icmp ne i32 %1065, 0
	%1067 = and i1 %1058, %1066
	%1068 = fmul float 6.0, 0x40162E4300000000
	%1069 = add i32 %1057, 1
	%1070 = icmp eq i32 %1069, %NK
	%1071 = select i1 %1070, float %1039, float %1068
	%1072 = and i1 %1067, %337
	%1073 = fadd float %802, %1071
	%1074 = select i1 %1072, float %1073, float 0xFFF0000000000000
	%1075 = shl i32 %17, 1
	%1076 = add i32 1, %1075
	%1077 = add i32 %472, %1076
	%1078 = mul i32 %NK, 64
	%1079 = sub i32 %1077, %1078
	%1080 = icmp ult i32 %1079, %NK
	%1081 = sub i32 %1077, %472
	%1082 = lshr i32 %1081, 5
	%1083 = icmp eq i32 %1082, 1
	%1084 = select i1 %1083, i32 %1052, i32 %1048
	%1085 = and i32 %1081, 31
	%1086 = lshr i32 %1084, %1085
	%1087 = and i32 %1086, 1
	%1088 = icmp ne i32 %1087, 0
	%1089 = and i1 %1080, %1088
	%1090 = fmul float 6.0, 0x40162E4300000000
	%1091 = add i32 %1079, 1
	%1092 = icmp eq i32 %1091, %NK
	%1093 = select i1 %1092, float %1039, float %1090
	%1094 = and i1 %1089, %337
	%1095 = fadd float %803, %1093
	%1096 = select i1 %1094, float %1095, float 0xFFF0000000000000
	%1097 = fadd float %804, %1071
	%1098 = select i1 %1072, float %1097, float 0xFFF0000000000000
	%1099 = fadd float %805, %1093
	%1100 = select i1 %1094, float %1099, float 0xFFF0000000000000
	%1101 = shl i32 %17, 1
	%1102 = add i32 8, %1101
	%1103 = add i32 %472, %1102
	%1104 = mul i32 %NK, 64
	%1105 = sub i32 %1103, %1104
	%1106 = icmp ult i32 %1105, %NK
	%1107 = sub i32 %1103, %472
	%1108 = lshr i32 %1107, 5
	%1109 = icmp eq i32 %1108, 1
	%1110 = select i1 %1109, i32 %1052, i32 %1048
	%1111 = and i32 %1107, 31
	%1112 = lshr i32 %1110, %1111
	%1113 = and i32 %1112, 1
	%1114 = icmp ne i32 %1113, 0
	%1115 = and i1 %1106, %1114
	%1116 = fmul float 6.0, 0x40162E4300000000
	%1117 = add i32 %1105, 1
	%1118 = icmp eq i32 %1117, %NK
	%1119 = select i1 %1118, float %1039, float %1116
	%1120 = and i1 %1115, %337
	%1121 = fadd float %806, %1119
	%1122 = select i1 %1120, float %1121, float 0xFFF0000000000000
	%1123 = shl i32 %17, 1
	%1124 = add i32 9, %1123
	%1125 = add i32 %472, %1124
	%1126 = mul i32 %NK, 64
	%1127 = sub i32 %1125, %1126
	%1128 = icmp ult i32 %1127, %NK
	%1129 = sub i32 %1125, %472
	%1130 = lshr i32 %1129, 5
	%1131 = icmp eq i32 %1130, 1
	%1132 = select i1 %1131, i32 %1052, i32 %1048
	%1133 = and i32 %1129, 31
	%1134 = lshr i32 %1132, %1133
	%1135 = and i32 %1134, 1
	%1136 = icmp ne i32 %1135, 0
	%1137 = and i1 %1128, %1136
	%1138 = fmul float 6.0, 0x40162E4300000000
	%1139 = add i32 %1127, 1
	%1140 = icmp eq i32 %1139, %NK
	%1141 = select i1 %1140, float %1039, float %1138
	%1142 = and i1 %1137, %337
	%1143 = fadd float %807, %1141
	%1144 = select i1 %1142, float %1143, float 0xFFF0000000000000
	%1145 = fadd float %808, %1119
	%1146 = select i1 %1120, float %1145, float 0xFFF0000000000000
	%1147 = fadd float %809, %1141
	%1148 = select i1 %1142, float %1147, float 0xFFF0000000000000
	%1149 = shl i32 %17, 1
	%1150 = add i32 16, %1149
	%1151 = add i32 %472, %1150
	%1152 = mul i32 %NK, 64
	%1153 = sub i32 %1151, %1152
	%1154 = icmp ult i32 %1153, %NK
	%1155 = sub i32 %1151, %472
	%1156 = lshr i32 %1155, 5
	%1157 = icmp eq i32 %1156, 1
	%1158 = select i1 %1157, i32 %1052, i32 %1048
	%1159 = and i32 %1155, 31
	%1160 = lshr i32 %1158, %1159
	%1161 = and i32 %1160, 1
	%1162 = icmp ne i32 %1161, 0
	%1163 = and i1 %1154, %1162
	%1164 = fmul float 6.0, 0x40162E4300000000
	%1165 = add i32 %1153, 1
	%1166 = icmp eq i32 %1165, %NK
	%1167 = select i1 %1166, float %1039, float %1164
	%1168 = and i1 %1163, %337
	%1169 = fadd float %810, %1167
	%1170 = select i1 %1168, float %1169, float 0xFFF0000000000000
	%1171 = shl i32 %17, 1
	%1172 = add i32 17, %1171
	%1173 = add i32 %472, %1172
	%1174 = mul i32 %NK, 64
	%1175 = sub i32 %1173, %1174
	%1176 = icmp ult i32 %1175, %NK
	%1177 = sub i32 %1173, %472
	%1178 = lshr i32 %1177, 5
	%1179 = icmp eq i32 %1178, 1
	%1180 = select i1 %1179, i32 %1052, i32 %1048
	%1181 = and i32 %1177, 31
	%1182 = lshr i32 %1180, %1181
	%1183 = and i32 %1182, 1
	%1184 = icmp ne i32 %1183, 0
	%1185 = and i1 %1176, %1184
	%1186 = fmul float 6.0, 0x40162E4300000000
	%1187 = add i32 %1175, 1
	%1188 = icmp eq i32 %1187, %NK
	%1189 = select i1 %1188, float %1039, float %1186
	%1190 = and i1 %1185, %337
	%1191 = fadd float %811, %1189
	%1192 = select i1 %1190, float %1191, float 0xFFF0000000000000
	%1193 = fadd float %812, %1167
	%1194 = select i1 %1168, float %1193, float 0xFFF0000000000000
	%1195 = fadd float %813, %1189
	%1196 = select i1 %1190, float %1195, float 0xFFF0000000000000
	%1197 = shl i32 %17, 1
	%1198 = add i32 24, %1197
	%1199 = add i32 %472, %1198
	%1200 = mul i32 %NK, 64
	%1201 = sub i32 %1199, %1200
	%1202 = icmp ult i32 %1201, %NK
	%1203 = sub i32 %1199, %472
	%1204 = lshr i32 %1203, 5
	%1205 = icmp eq i32 %1204, 1
	%1206 = select i1 %1205, i32 %1052, i32 %1048
	%1207 = and i32 %1203, 31
	%1208 = lshr i32 %1206, %1207
	%1209 = and i32 %1208, 1
	%1210 = icmp ne i32 %1209, 0
	%1211 = and i1 %1202, %1210
	%1212 = fmul float 6.0, 0x40162E4300000000
	%1213 = add i32 %1201, 1
	%1214 = icmp eq i32 %1213, %NK
	%1215 = select i1 %1214, float %1039, float %1212
	%1216 = and i1 %1211, %337
	%1217 = fadd float %814, %1215
	%1218 = select i1 %1216, float %1217, float 0xFFF0000000000000
	%1219 = shl i32 %17, 1
	%1220 = add i32 25, %1219
	%1221 = add i32 %472, %1220
	%1222 = mul i32 %NK, 64
	%1223 = sub i32 %1221, %1222
	%1224 = icmp ult i32 %1223, %NK
	%1225 = sub i32 %1221, %472
	%1226 = lshr i32 %1225, 5
	%1227 = icmp eq i32 %1226, 1
	%1228 = select i1 %1227, i32 %1052, i32 %1048
	%1229 = and i32 %1225, 31
	%1230 = lshr i32 %1228, %1229
	%1231 = and i32 %1230, 1
	%1232 = icmp ne i32 %1231, 0
	%1233 = and i1 %1224, %1232
	%1234 = fmul float 6.0, 0x40162E4300000000
	%1235 = add i32 %1223, 1
	%1236 = icmp eq i32 %1235, %NK
	%1237 = select i1 %1236, float %1039, float %1234
	%1238 = and i1 %1233, %337
	%1239 = fadd float %815, %1237
	%1240 = select i1 %1238, float %1239, float 0xFFF0000000000000
	%1241 = fadd float %816, %1215
	%1242 = select i1 %1216, float %1241, float 0xFFF0000000000000
	%1243 = fadd float %817, %1237
	%1244 = select i1 %1238, float %1243, float 0xFFF0000000000000
	%1245 = shl i32 %17, 1
	%1246 = add i32 32, %1245
	%1247 = add i32 %472, %1246
	%1248 = mul i32 %NK, 64
	%1249 = sub i32 %1247, %1248
	%1250 = icmp ult i32 %1249, %NK
	%1251 = sub i32 %1247, %472
	%1252 = lshr i32 %1251, 5
	%1253 = icmp eq i32 %1252, 1
	%1254 = select i1 %1253, i32 %1052, i32 %1048
	%1255 = and i32 %1251, 31
	%1256 = lshr i32 %1254, %1255
	%1257 = and i32 %1256, 1
	%1258 = icmp ne i32 %1257, 0
	%1259 = and i1 %1250, %1258
	%1260 = fmul float 6.0, 0x40162E4300000000
	%1261 = add i32 %1249, 1
	%1262 = icmp eq i32 %1261, %NK
	%1263 = select i1 %1262, float %1039, float %1260
	%1264 = and i1 %1259, %337
	%1265 = fadd float %818, %1263
	%1266 = select i1 %1264, float %1265, float 0xFFF0000000000000
	%1267 = shl i32 %17, 1
	%1268 = add i32 33, %1267
	%1269 = add i32 %472, %1268
	%1270 = mul i32 %NK, 64
	%1271 = sub i32 %1269, %1270
	%1272 = icmp ult i32 %1271, %NK
	%1273 = sub i32 %1269, %472
	%1274 = lshr i32 %1273, 5
	%1275 = icmp eq i32 %1274, 1
	%1276 = select i1 %1275, i32 %1052, i32 %1048
	%1277 = and i32 %1273, 31
	%1278 = lshr i32 %1276, %1277
	%1279 = and i32 %1278, 1
	%1280 = icmp ne i32 %1279, 0
	%1281 = and i1 %1272, %1280
	%1282 = fmul float 6.0, 0x40162E4300000000
	%1283 = add i32 %1271, 1
	%1284 = icmp eq i32 %1283, %NK
	%1285 = select i1 %1284, float %1039, float %1282
	%1286 = and i1 %1281, %337
	%1287 = fadd float %819, %1285
	%1288 = select i1 %1286, float %1287, float 0xFFF0000000000000
	%1289 = fadd float %820, %1263
	%1290 = select i1 %1264, float %1289, float 0xFFF0000000000000
	%1291 = fadd float %821, %1285
	%1292 = select i1 %1286, float %1291, float 0xFFF0000000000000
	%1293 = shl i32 %17, 1
	%1294 = add i32 40, %1293
	%1295 = add i32 %472, %1294
	%1296 = mul i32 %NK, 64
	%1297 = sub i32 %1295, %1296
	%1298 = icmp ult i32 %1297, %NK
	%1299 = sub i32 %1295, %472
	%1300 = lshr i32 %1299, 5
	%1301 = icmp eq i32 %1300, 1
	%1302 = select i1 %1301, i32 %1052, i32 %1048
	%1303 = and i32 %1299, 31
	%1304 = lshr i32 %1302, %1303
	%1305 = and i32 %1304, 1
	%1306 = icmp ne i32 %1305, 0
	%1307 = and i1 %1298, %1306
	%1308 = fmul float 6.0, 0x40162E4300000000
	%1309 = add i32 %1297, 1
	%1310 = icmp eq i32 %1309, %NK
	%1311 = select i1 %1310, float %1039, float %1308
	%1312 = and i1 %1307, %337
	%1313 = fadd float %822, %1311
	%1314 = select i1 %1312, float %1313, float 0xFFF0000000000000
	%1315 = shl i32 %17, 1
	%1316 = add i32 41, %1315
	%1317 = add i32 %472, %1316
	%1318 = mul i32 %NK, 64
	%1319 = sub i32 %1317, %1318
	%1320 = icmp ult i32 %1319, %NK
	%1321 = sub i32 %1317, %472
	%1322 = lshr i32 %1321, 5
	%1323 = icmp eq i32 %1322, 1
	%1324 = select i1 %1323, i32 %1052, i32 %1048
	%1325 = and i32 %1321, 31
	%1326 = lshr i32 %1324, %1325
	%1327 = and i32 %1326, 1
	%1328 = icmp ne i32 %1327, 0
	%1329 = and i1 %1320, %1328
	%1330 = fmul float 6.0, 0x40162E4300000000
	%1331 = add i32 %1319, 1
	%1332 = icmp eq i32 %1331, %NK
	%1333 = select i1 %1332, float %1039, float %1330
	%1334 = and i1 %1329, %337
	%1335 = fadd float %823, %1333
	%1336 = select i1 %1334, float %1335, float 0xFFF0000000000000
	%1337 = fadd float %824, %1311
	%1338 = select i1 %1312, float %1337, float 0xFFF0000000000000
	%1339 = fadd float %825, %1333
	%1340 = select i1 %1334, float %1339, float 0xFFF0000000000000
	%1341 = shl i32 %17, 1
	%1342 = add i32 48, %1341
	%1343 = add i32 %472, %1342
	%1344 = mul i32 %NK, 64
	%1345 = sub i32 %1343, %1344
	%1346 = icmp ult i32 %1345, %NK
	%1347 = sub i32 %1343, %472
	%1348 = lshr i32 %1347, 5
	%1349 = icmp eq i32 %1348, 1
	%1350 = select i1 %1349, i32 %1052, i32 %1048
	%1351 = and i32 %1347, 31
	%1352 = lshr i32 %1350, %1351
	%1353 = and i32 %1352, 1
	%1354 = icmp ne i32 %1353, 0
	%1355 = and i1 %1346, %1354
	%1356 = fmul float 6.0, 0x40162E4300000000
	%1357 = add i32 %1345, 1
	%1358 = icmp eq i32 %1357, %NK
	%1359 = select i1 %1358, float %1039, float %1356
	%1360 = and i1 %1355, %337
	%1361 = fadd float %826, %1359
	%1362 = select i1 %1360, float %1361, float 0xFFF0000000000000
	%1363 = shl i32 %17, 1
	%1364 = add i32 49, %1363
	%1365 = add i32 %472, %1364
	%1366 = mul i32 %NK, 64
	%1367 = sub i32 %1365, %1366
	%1368 = icmp ult i32 %1367, %NK
	%1369 = sub i32 %1365, %472
	%1370 = lshr i32 %1369, 5
	%1371 = icmp eq i32 %1370, 1
	%1372 = select i1 %1371, i32 %1052, i32 %1048
	%1373 = and i32 %1369, 31
	%1374 = lshr i32 %1372, %1373
	%1375 = and i32 %1374, 1
	%1376 = icmp ne i32 %1375, 0
	%1377 = and i1 %1368, %1376
	%1378 = fmul float 6.0, 0x40162E4300000000
	%1379 = add i32 %1367, 1
	%1380 = icmp eq i32 %1379, %NK
	%1381 = select i1 %1380, float %1039, float %1378
	%1382 = and i1 %1377, %337
	%1383 = fadd float %827, %1381
	%1384 = select i1 %1382, float %1383, float 0xFFF0000000000000
	%1385 = fadd float %828, %1359
	%1386 = select i1 %1360, float %1385, float 0xFFF0000000000000
	%1387 = fadd float %829, %1381
	%1388 = select i1 %1382, float %1387, float 0xFFF0000000000000
	%1389 = shl i32 %17, 1
	%1390 = add i32 56, %1389
	%1391 = add i32 %472, %1390
	%1392 = mul i32 %NK, 64
	%1393 = sub i32 %1391, %1392
	%1394 = icmp ult i32 %1393, %NK
	%1395 = sub i32 %1391, %472
	%1396 = lshr i32 %1395, 5
	%1397 = icmp eq i32 %1396, 1
	%1398 = select i1 %1397, i32 %1052, i32 %1048
	%1399 = and i32 %1395, 31
	%1400 = lshr i32 %1398, %1399
	%1401 = and i32 %1400, 1
	%1402 = icmp ne i32 %1401, 0
	%1403 = and i1 %1394, %1402
	%1404 = fmul float 6.0, 0x40162E4300000000
	%1405 = add i32 %1393, 1
	%1406 = icmp eq i32 %1405, %NK
	%1407 = select i1 %1406, float %1039, float %1404
	%1408 = and i1 %1403, %337
	%1409 = fadd float %830, %1407
	%1410 = select i1 %1408, float %1409, float 0xFFF0000000000000
	%1411 = shl i32 %17, 1
	%1412 = add i32 57, %1411
	%1413 = add i32 %472, %1412
	%1414 = mul i32 %NK, 64
	%1415 = sub i32 %1413, %1414
	%1416 = icmp ult i32 %1415, %NK
	%1417 = sub i32 %1413, %472
	%1418 = lshr i32 %1417, 5
	%1419 = icmp eq i32 %1418, 1
	%1420 = select i1 %1419, i32 %1052, i32 %1048
	%1421 = and i32 %1417, 31
	%1422 = lshr i32 %1420, %1421
	%1423 = and i32 %1422, 1
	%1424 = icmp ne i32 %1423, 0
	%1425 = and i1 %1416, %1424
	%1426 = fmul float 6.0, 0x40162E4300000000
	%1427 = add i32 %1415, 1
	%1428 = icmp eq i32 %1427, %NK
	%1429 = select i1 %1428, float %1039, float %1426
	%1430 = and i1 %1425, %337
	%1431 = fadd float %831, %1429
	%1432 = select i1 %1430, float %1431, float 0xFFF0000000000000
	%1433 = fadd float %832, %1407
	%1434 = select i1 %1408, float %1433, float 0xFFF0000000000000
	%1435 = fadd float %833, %1429
	%1436 = select i1 %1430, float %1435, float 0xFFF0000000000000
	br label %softmax

classify:
	%1437 = add i32 %71, %336
	%1438 = sext i32 %1437 to i64
	%1439 = getelementptr i8, i8* %cls, i64 %1438
	%1440 = load i8, i8* %1439
	%1441 = icmp ne i8 %1440, 2
	%1442 = xor i1 %337, true
	%1443 = or i1 %1441, %1442
	br i1 %1443, label %partial, label %softmax

partial:
	%1444 = shl i32 %17, 1
	%1445 = add i32 0, %1444
	%1446 = add i32 %472, %1445
	%1447 = icmp slt i32 %1446, %N
	%1448 = and i1 %1447, %337
	%1449 = select i1 %1448, i32 %1446, i32 0
	%1450 = sitofp i32 %840 to float
	%1451 = sitofp i32 %1449 to float
	%1452 = fcmp ole float %1451, %1450
	%1453 = uitofp i1 %1452 to float
	%1454 = fcmp une float %1453, 0.0
	%1455 = and i1 %1448, %1454
	%1456 = select i1 %1455, float %802, float 0xFFF0000000000000
	%1457 = shl i32 %17, 1
	%1458 = add i32 1, %1457
	%1459 = add i32 %472, %1458
	%1460 = icmp slt i32 %1459, %N
	%1461 = and i1 %1460, %337
	%1462 = select i1 %1461, i32 %1459, i32 0
	%1463 = sitofp i32 %840 to float
	%1464 = sitofp i32 %1462 to float
	%1465 = fcmp ole float %1464, %1463
	%1466 = uitofp i1 %1465 to float
	%1467 = fcmp une float %1466, 0.0
	%1468 = and i1 %1461, %1467
	%1469 = select i1 %1468, float %803, float 0xFFF0000000000000
	%1470 = shl i32 %17, 1
	%1471 = add i32 0, %1470
	%1472 = add i32 %472, %1471
	%1473 = icmp slt i32 %1472, %N
	%1474 = and i1 %1473, %337
	%1475 = select i1 %1474, i32 %1472, i32 0
	%1476 = sitofp i32 %844 to float
	%1477 = sitofp i32 %1475 to float
	%1478 = fcmp ole float %1477, %1476
	%1479 = uitofp i1 %1478 to float
	%1480 = fcmp une float %1479, 0.0
	%1481 = and i1 %1474, %1480
	%1482 = select i1 %1481, float %804, float 0xFFF0000000000000
	%1483 = shl i32 %17, 1
	%1484 = add i32 1, %1483
	%1485 = add i32 %472, %1484
	%1486 = icmp slt i32 %1485, %N
	%1487 = and i1 %1486, %337
	%1488 = select i1 %1487, i32 %1485, i32 0
	%1489 = sitofp i32 %844 to float
	%1490 = sitofp i32 %1488 to float
	%1491 = fcmp ole float %1490, %1489
	%1492 = uitofp i1 %1491 to float
	%1493 = fcmp une float %1492, 0.0
	%1494 = and i1 %1487, %1493
	%1495 = select i1 %1494, float %805, float 0xFFF0000000000000
	%1496 = shl i32 %17, 1
	%1497 = add i32 8, %1496
	%1498 = add i32 %472, %1497
	%1499 = icmp slt i32 %1498, %N
	%1500 = and i1 %1499, %337
	%1501 = select i1 %1500, i32 %1498, i32 0
	%1502 = sitofp i32 %840 to float
	%1503 = sitofp i32 %1501 to float
	%1504 = fcmp ole float %1503, %1502
	%1505 = uitofp i1 %1504 to float
	%1506 = fcmp une float %1505, 0.0
	%1507 = and i1 %1500, %1506
	%1508 = select i1 %1507, float %806, float 0xFFF0000000000000
	%1509 = shl i32 %17, 1
	%1510 = add i32 9, %1509
	%1511 = add i32 %472, %1510
	%1512 = icmp slt i32 %1511, %N
	%1513 = and i1 %1512, %337
	%1514 = select i1 %1513, i32 %1511, i32 0
	%1515 = sitofp i32 %840 to float
	%1516 = sitofp i32 %1514 to float
	%1517 = fcmp ole float %1516, %1515
	%1518 = uitofp i1 %1517 to float
	%1519 = fcmp une float %1518, 0.0
	%1520 = and i1 %1513, %1519
	%1521 = select i1 %1520, float %807, float 0xFFF0000000000000
	%1522 = shl i32 %17, 1
	%1523 = add i32 8, %1522
	%1524 = add i32 %472, %1523
	%1525 = icmp slt i32 %1524, %N
	%1526 = and i1 %1525, %337
	%1527 = select i1 %1526, i32 %1524, i32 0
	%1528 = sitofp i32 %844 to float
	%1529 = sitofp i32 %1527 to float
	%1530 = fcmp ole float %1529, %1528
	%1531 = uitofp i1 %1530 to float
	%1532 = fcmp une float %1531, 0.0
	%1533 = and i1 %1526, %1532
	%1534 = select i1 %1533, float %808, float 0xFFF0000000000000
	%1535 = shl i32 %17, 1
	%1536 = add i32 9, %1535
	%1537 = add i32 %472, %1536
	%1538 = icmp slt i32 %1537, %N
	%1539 = and i1 %1538, %337
	%1540 = select i1 %1539, i32 %1537, i32 0
	%1541 = sitofp i32 %844 to float
	%1542 = sitofp i32 %1540 to float
	%1543 = fcmp ole float %1542, %1541
	%1544 = uitofp i1 %1543 to float
	%1545 = fcmp une float %1544, 0.0
	%1546 = and i1 %1539, %1545
	%1547 = select i1 %1546, float %809, float 0xFFF0000000000000
	%1548 = shl i32 %17, 1
	%1549 = add i32 16, %1548
	%1550 = add i32 %472, %1549
	%1551 = icmp slt i32 %1550, %N
	%1552 = and i1 %1551, %337
	%1553 = select i1 %1552, i32 %1550, i32 0
	%1554 = sitofp i32 %840 to float
	%1555 = sitofp i32 %1553 to float
	%1556 = fcmp ole float %1555, %1554
	%1557 = uitofp i1 %1556 to float
	%1558 = fcmp une float %1557, 0.0
	%1559 = and i1 %1552, %1558
	%1560 = select i1 %1559, float %810, float 0xFFF0000000000000
	%1561 = shl i32 %17, 1
	%1562 = add i32 17, %1561
	%1563 = add i32 %472, %1562
	%1564 = icmp slt i32 %1563, %N
	%1565 = and i1 %1564, %337
	%1566 = select i1 %1565, i32 %1563, i32 0
	%1567 = sitofp i32 %840 to float
	%1568 = sitofp i32 %1566 to float
	%1569 = fcmp ole float %1568, %1567
	%1570 = uitofp i1 %1569 to float
	%1571 = fcmp une float %1570, 0.0
	%1572 = and i1 %1565, %1571
	%1573 = select i1 %1572, float %811, float 0xFFF0000000000000
	%1574 = shl i32 %17, 1
	%1575 = add i32 16, %1574
	%1576 = add i32 %472, %1575
	%1577 = icmp slt i32 %1576, %N
	%1578 = and i1 %1577, %337
	%1579 = select i1 %1578, i32 %1576, i32 0
	%1580 = sitofp i32 %844 to float
	%1581 = sitofp i32 %1579 to float
	%1582 = fcmp ole float %1581, %1580
	%1583 = uitofp i1 %1582 to float
	%1584 = fcmp une float %1583, 0.0
	%1585 = and i1 %1578, %1584
	%1586 = select i1 %1585, float %812, float 0xFFF0000000000000
	%1587 = shl i32 %17, 1
	%1588 = add i32 17, %1587
	%1589 = add i32 %472, %1588
	%1590 = icmp slt i32 %1589, %N
	%1591 = and i1 %1590, %337
	%1592 = select i1 %1591, i32 %1589, i32 0
	%1593 = sitofp i32 %844 to float
	%1594 = sitofp i32 %1592 to float
	%1595 = fcmp ole float %1594, %1593
	%1596 = uitofp i1 %1595 to float
	%1597 = fcmp une float %1596, 0.0
	%1598 = and i1 %1591, %1597
	%1599 = select i1 %1598, float %813, float 0xFFF0000000000000
	%1600 = shl i32 %17, 1
	%1601 = add i32 24, %1600
	%1602 = add i32 %472, %1601
	%1603 = icmp slt i32 %1602, %N
	%1604 = and i1 %1603, %337
	%1605 = select i1 %1604, i32 %1602, i32 0
	%1606 = sitofp i32 %840 to float
	%1607 = sitofp i32 %1605 to float
	%1608 = fcmp ole float %1607, %1606
	%1609 = uitofp i1 %1608 to float
	%1610 = fcmp une float %1609, 0.0
	%1611 = and i1 %1604, %1610
	%1612 = select i1 %1611, float %814, float 0xFFF0000000000000
	%1613 = shl i32 %17, 1
	%1614 = add i32 25, %1613
	%1615 = add i32 %472, %1614
	%1616 = icmp slt i32 %1615, %N
	%1617 = and i1 %1616, %337
	%1618 = select i1 %1617, i32 %1615, i32 0
	%1619 = sitofp i32 %840 to float
	%1620 = sitofp i32 %1618 to float
	%1621 = fcmp ole float %1620, %1619
	%1622 = uitofp i1 %1621 to float
	%1623 = fcmp une float %1622, 0.0
	%1624 = and i1 %1617, %1623
	%1625 = select i1 %1624, float %815, float 0xFFF0000000000000
	%1626 = shl i32 %17, 1
	%1627 = add i32 24, %1626
	%1628 = add i32 %472, %1627
	%1629 = icmp slt i32 %1628, %N
	%1630 = and i1 %1629, %337
	%1631 = select i1 %1630, i32 %1628, i32 0
	%1632 = sitofp i32 %844 to float
	%1633 = sitofp i32 %1631 to float
	%1634 = fcmp ole float %1633, %1632
	%1635 = uitofp i1 %1634 to float
	%1636 = fcmp une float %1635, 0.0
	%1637 = and i1 %1630, %1636
	%1638 = select i1 %1637, float %816, float 0xFFF0000000000000
	%1639 = shl i32 %17, 1
	%1640 = add i32 25, %1639
	%1641 = add i32 %472, %1640
	%1642 = icmp slt i32 %1641, %N
	%1643 = and i1 %1642, %337
	%1644 = select i1 %1643, i32 %1641, i32 0
	%1645 = sitofp i32 %844 to float
	%1646 = sitofp i32 %1644 to float
	%1647 = fcmp ole float %1646, %1645
	%1648 = uitofp i1 %1647 to float
	%1649 = fcmp une float %1648, 0.0
	%1650 = and i1 %1643, %1649
	%1651 = select i1 %1650, float %817, float 0xFFF0000000000000
	%1652 = shl i32 %17, 1
	%1653 = add i32 32, %1652
	%1654 = add i32 %472, %1653
	%1655 = icmp slt i32 %1654, %N
	%1656 = and i1 %1655, %337
	%1657 = select i1 %1656, i32 %1654, i32 0
	%1658 = sitofp i32 %840 to float
	%1659 = sitofp i32 %1657 to float
	%1660 = fcmp ole float %1659, %1658
	%1661 = uitofp i1 %1660 to float
	%1662 = fcmp une float %1661, 0.0
	%1663 = and i1 %1656, %1662
	%1664 = select i1 %1663, float %818, float 0xFFF0000000000000
	%1665 = shl i32 %17, 1
	%1666 = add i32 33, %1665
	%1667 = add i32 %472, %1666
	%1668 = icmp slt i32 %1667, %N
	%1669 = and i1 %1668, %337
	%1670 = select i1 %1669, i32 %1667, i32 0
	%1671 = sitofp i32 %840 to float
	%1672 = sitofp i32 %1670 to float
	%1673 = fcmp ole float %1672, %1671
	%1674 = uitofp i1 %1673 to float
	%1675 = fcmp une float %1674, 0.0
	%1676 = and i1 %1669, %1675
	%1677 = select i1 %1676, float %819, float 0xFFF0000000000000
	%1678 = shl i32 %17, 1
	%1679 = add i32 32, %1678
	%1680 = add i32 %472, %1679
	%1681 = icmp slt i32 %1680, %N
	%1682 = and i1 %1681, %337
	%1683 = select i1 %1682, i32 %1680, i32 0
	%1684 = sitofp i32 %844 to float
	%1685 = sitofp i32 %1683 to float
	%1686 = fcmp ole float %1685, %1684
	%1687 = uitofp i1 %1686 to float
	%1688 = fcmp une float %1687, 0.0
	%1689 = and i1 %1682, %1688
	%1690 = select i1 %1689, float %820, float 0xFFF0000000000000
	%1691 = shl i32 %17, 1
	%1692 = add i32 33, %1691
	%1693 = add i32 %472, %1692
	%1694 = icmp slt i32 %1693, %N
	%1695 = and i1 %1694, %337
	%1696 = select i1 %1695, i32 %1693, i32 0
	%1697 = sitofp i32 %844 to float
	%1698 = sitofp i32 %1696 to float
	%1699 = fcmp ole float %1698, %1697
	%1700 = uitofp i1 %1699 to float
	%1701 = fcmp une float %1700, 0.0
	%1702 = and i1 %1695, %1701
	%1703 = select i1 %1702, float %821, float 0xFFF0000000000000
	%1704 = shl i32 %17, 1
	%1705 = add i32 40, %1704
	%1706 = add i32 %472, %1705
	%1707 = icmp slt i32 %1706, %N
	%1708 = and i1 %1707, %337
	%1709 = select i1 %1708, i32 %1706, i32 0
	%1710 = sitofp i32 %840 to float
	%1711 = sitofp i32 %1709 to float
	%1712 = fcmp ole float %1711, %1710
	%1713 = uitofp i1 %1712 to float
	%1714 = fcmp une float %1713, 0.0
	%1715 = and i1 %1708, %1714
	%1716 = select i1 %1715, float %822, float 0xFFF0000000000000
	%1717 = shl i32 %17, 1
	%1718 = add i32 41, %1717
	%1719 = add i32 %472, %1718
	%1720 = icmp slt i32 %1719, %N
	%1721 = and i1 %1720, %337
	%1722 = select i1 %1721, i32 %1719, i32 0
	%1723 = sitofp i32 %840 to float
	%1724 = sitofp i32 %1722 to float
	%1725 = fcmp ole float %1724, %1723
	%1726 = uitofp i1 %1725 to float
	%1727 = fcmp une float %1726, 0.0
	%1728 = and i1 %1721, %1727
	%1729 = select i1 %1728, float %823, float 0xFFF0000000000000
	%1730 = shl i32 %17, 1
	%1731 = add i32 40, %1730
	%1732 = add i32 %472, %1731
	%1733 = icmp slt i32 %1732, %N
	%1734 = and i1 %1733, %337
	%1735 = select i1 %1734, i32 %1732, i32 0
	%1736 = sitofp i32 %844 to float
	%1737 = sitofp i32 %1735 to float
	%1738 = fcmp ole float %1737, %1736
	%1739 = uitofp i1 %1738 to float
	%1740 = fcmp une float %1739, 0.0
	%1741 = and i1 %1734, %1740
	%1742 = select i1 %1741, float %824, float 0xFFF0000000000000
	%1743 = shl i32 %17, 1
	%1744 = add i32 41, %1743
	%1745 = add i32 %472, %1744
	%1746 = icmp slt i32 %1745, %N
	%1747 = and i1 %1746, %337
	%1748 = select i1 %1747, i32 %1745, i32 0
	%1749 = sitofp i32 %844 to float
	%1750 = sitofp i32 %1748 to float
	%1751 = fcmp ole float %1750, %1749
	%1752 = uitofp i1 %1751 to float
	%1753 = fcmp une float %1752, 0.0
	%1754 = and i1 %1747, %1753
	%1755 = select i1 %1754, float %825, float 0xFFF0000000000000
	%1756 = shl i32 %17, 1
	%1757 = add i32 48, %1756
	%1758 = add i32 %472, %1757
	%1759 = icmp slt i32 %1758, %N
	%1760 = and i1 %1759, %337
	%1761 = select i1 %1760, i32 %1758, i32 0
	%1762 = sitofp i32 %840 to float
	%1763 = sitofp i32 %1761 to float
	%1764 = fcmp ole float %1763, %1762
	%1765 = uitofp i1 %1764 to float
	%1766 = fcmp une float %1765, 0.0
	%1767 = and i1 %1760, %1766
	%1768 = select i1 %1767, float %826, float 0xFFF0000000000000
	%1769 = shl i32 %17, 1
	%1770 = add i32 49, %1769
	%1771 = add i32 %472, %1770
	%1772 = icmp slt i32 %1771, %N
	%1773 = and i1 %1772, %337
	%1774 = select i1 %1773, i32 %1771, i32 0
	%1775 = sitofp i32 %840 to float
	%1776 = sitofp i32 %1774 to float
	%1777 = fcmp ole float %1776, %1775
	%1778 = uitofp i1 %1777 to float
	%1779 = fcmp une float %1778, 0.0
	%1780 = and i1 %1773, %1779
	%1781 = select i1 %1780, float %827, float 0xFFF0000000000000
	%1782 = shl i32 %17, 1
	%1783 = add i32 48, %1782
	%1784 = add i32 %472, %1783
	%1785 = icmp slt i32 %1784, %N
	%1786 = and i1 %1785, %337
	%1787 = select i1 %1786, i32 %1784, i32 0
	%1788 = sitofp i32 %844 to float
	%1789 = sitofp i32 %1787 to float
	%1790 = fcmp ole float %1789, %1788
	%1791 = uitofp i1 %1790 to float
	%1792 = fcmp une float %1791, 0.0
	%1793 = and i1 %1786, %1792
	%1794 = select i1 %1793, float %828, float 0xFFF0000000000000
	%1795 = shl i32 %17, 1
	%1796 = add i32 49, %1795
	%1797 = add i32 %472, %1796
	%1798 = icmp slt i32 %1797, %N
	%1799 = and i1 %1798, %337
	%1800 = select i1 %1799, i32 %1797, i32 0
	%1801 = sitofp i32 %844 to float
	%1802 = sitofp i32 %1800 to float
	%1803 = fcmp ole float %1802, %1801
	%1804 = uitofp i1 %1803 to float
	%1805 = fcmp une float %1804, 0.0
	%1806 = and i1 %1799, %1805
	%1807 = select i1 %1806, float %829, float 0xFFF0000000000000
	%1808 = shl i32 %17, 1
	%1809 = add i32 56, %1808
	%1810 = add i32 %472, %1809
	%1811 = icmp slt i32 %1810, %N
	%1812 = and i1 %1811, %337
	%1813 = select i1 %1812, i32 %1810, i32 0
	%1814 = sitofp i32 %840 to float
	%1815 = sitofp i32 %1813 to float
	%1816 = fcmp ole float %1815, %1814
	%1817 = uitofp i1 %1816 to float
	%1818 = fcmp une float %1817, 0.0
	%1819 = and i1 %1812, %1818
	%1820 = select i1 %1819, float %830, float 0xFFF0000000000000
	%1821 = shl i32 %17, 1
	%1822 = add i32 57, %1821
	%1823 = add i32 %472, %1822
	%1824 = icmp slt i32 %1823, %N
	%1825 = and i1 %1824, %337
	%1826 = select i1 %1825, i32 %1823, i32 0
	%1827 = sitofp i32 %840 to float
	%1828 = sitofp i32 %1826 to float
	%1829 = fcmp ole float %1828, %1827
	%1830 = uitofp i1 %1829 to float
	%1831 = fcmp une float %1830, 0.0
	%1832 = and i1 %1825, %1831
	%1833 = select i1 %1832, float %831, float 0xFFF0000000000000
	%1834 = shl i32 %17, 1
	%1835 = add i32 56, %1834
	%1836 = add i32 %472, %1835
	%1837 = icmp slt i32 %1836, %N
	%1838 = and i1 %1837, %337
	%1839 = select i1 %1838, i32 %1836, i32 0
	%1840 = sitofp i32 %844 to float
	%1841 = sitofp i32 %1839 to float
	%1842 = fcmp ole float %1841, %1840
	%1843 = uitofp i1 %1842 to float
	%1844 = fcmp une float %1843, 0.0
	%1845 = and i1 %1838, %1844
	%1846 = select i1 %1845, float %832, float 0xFFF0000000000000
	%1847 = shl i32 %17, 1
	%1848 = add i32 57, %1847
	%1849 = add i32 %472, %1848
	%1850 = icmp slt i32 %1849, %N
	%1851 = and i1 %1850, %337
	%1852 = select i1 %1851, i32 %1849, i32 0
	%1853 = sitofp i32 %844 to float
	%1854 = sitofp i32 %1852 to float
	%1855 = fcmp ole float %1854, %1853
	%1856 = uitofp i1 %1855 to float
	%1857 = fcmp une float %1856, 0.0
	%1858 = and i1 %1851, %1857
	%1859 = select i1 %1858, float %833, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1860 = phi float [ %802, %classify ], [ %1456, %partial ], [ %1074, %meankeys ]
	%1861 = phi float [ %803, %classify ], [ %1469, %partial ], [ %1096, %meankeys ]
	%1862 = phi float [ %804, %classify ], [ %1482, %partial ], [ %1098, %meankeys ]
	%1863 = phi float [ %805, %classify ], [ %1495, %partial ], [ %1100, %meankeys ]
	%1864 = phi float [ %806, %classify ], [ %1508, %partial ], [ %1122, %meankeys ]
	%1865 = phi float [ %807, %classify ], [ %1521, %partial ], [ %1144, %meankeys ]
	%1866 = phi float [ %808, %classify ], [ %1534, %partial ], [ %1146, %meankeys ]
	%1867 = phi float [ %809, %classify ], [ %1547, %partial ], [ %1148, %meankeys ]
	%1868 = phi float [ %810, %classify ], [ %1560, %partial ], [ %1170, %meankeys ]
	%1869 = phi float [ %811, %classify ], [ %1573, %partial ], [ %1192, %meankeys ]
	%1870 = phi float [ %812, %classify ], [ %1586, %partial ], [ %1194, %meankeys ]
	%1871 = phi float [ %813, %classify ], [ %1599, %partial ], [ %1196, %meankeys ]
	%1872 = phi float [ %814, %classify ], [ %1612, %partial ], [ %1218, %meankeys ]
	%1873 = phi float [ %815, %classify ], [ %1625, %partial ], [ %1240, %meankeys ]
	%1874 = phi float [ %816, %classify ], [ %1638, %partial ], [ %1242, %meankeys ]
	%1875 = phi float [ %817, %classify ], [ %1651, %partial ], [ %1244, %meankeys ]
	%1876 = phi float [ %818, %classify ], [ %1664, %partial ], [ %1266, %meankeys ]
	%1877 = phi float [ %819, %classify ], [ %1677, %partial ], [ %1288, %meankeys ]
	%1878 = phi float [ %820, %classify ], [ %1690, %partial ], [ %1290, %meankeys ]
	%1879 = phi float [ %821, %classify ], [ %1703, %partial ], [ %1292, %meankeys ]
	%1880 = phi float [ %822, %classify ], [ %1716, %partial ], [ %1314, %meankeys ]
	%1881 = phi float [ %823, %classify ], [ %1729, %partial ], [ %1336, %meankeys ]
	%1882 = phi float [ %824, %classify ], [ %1742, %partial ], [ %1338, %meankeys ]
	%1883 = phi float [ %825, %classify ], [ %1755, %partial ], [ %1340, %meankeys ]
	%1884 = phi float [ %826, %classify ], [ %1768, %partial ], [ %1362, %meankeys ]
	%1885 = phi float [ %827, %classify ], [ %1781, %partial ], [ %1384, %meankeys ]
	%1886 = phi float [ %828, %classify ], [ %1794, %partial ], [ %1386, %meankeys ]
	%1887 = phi float [ %829, %classify ], [ %1807, %partial ], [ %1388, %meankeys ]
	%1888 = phi float [ %830, %classify ], [ %1820, %partial ], [ %1410, %meankeys ]
	%1889 = phi float [ %831, %classify ], [ %1833, %partial ], [ %1432, %meankeys ]
	%1890 = phi float [ %832, %classify ], [ %1846, %partial ], [ %1434, %meankeys ]
	%1891 = phi float [ %833, %classify ], [ %1859, %partial ], [ %1436, %meankeys ]
	%1892 = call float @llvm.nvvm.fmax.f(float %1860, float %1861)
	%1893 = call float @llvm.nvvm.fmax.f(float %1864, float %1865)
	%1894 = call float @llvm.nvvm.fmax.f(float %1868, float %1869)
	%1895 = call float @llvm.nvvm.fmax.f(float %1872, float %1873)
	%1896 = call float @llvm.nvvm.fmax.f(float %1876, float %1877)
	%1897 = call float @llvm.nvvm.fmax.f(float %1880, float %1881)
	%1898 = call float @llvm.nvvm.fmax.f(float %1884, float %1885)
	%1899 = call float @llvm.nvvm.fmax.f(float %1888, float %1889)
	%1900 = call float @llvm.nvvm.fmax.f(float %1892, float %1893)
	%1901 = call float @llvm.nvvm.fmax.f(float %1894, float %1895)
	%1902 = call float @llvm.nvvm.fmax.f(float %1896, float %1897)
	%1903 = call float @llvm.nvvm.fmax.f(float %1898, float %1899)
	%1904 = call float @llvm.nvvm.fmax.f(float %1900, float %1901)
	%1905 = call float @llvm.nvvm.fmax.f(float %1902, float %1903)
	%1906 = call float @llvm.nvvm.fmax.f(float %1904, float %1905)
	%1907 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1906, i32 1, i32 31)
	%1908 = call float @llvm.nvvm.fmax.f(float %1906, float %1907)
	%1909 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1908, i32 2, i32 31)
	%1910 = call float @llvm.nvvm.fmax.f(float %1908, float %1909)
	%1911 = fmul float %1910, 0x3FC7154760000000
	%1912 = call float @llvm.nvvm.fmax.f(float %371, float %1911)
	%1913 = fadd float %371, 8.0
	%1914 = fcmp ogt float %1912, %1913
	%1915 = or i1 false, %1914
	%1916 = call float @llvm.nvvm.fmax.f(float %1862, float %1863)
	%1917 = call float @llvm.nvvm.fmax.f(float %1866, float %1867)
	%1918 = call float @llvm.nvvm.fmax.f(float %1870, float %1871)
	%1919 = call float @llvm.nvvm.fmax.f(float %1874, float %1875)
	%1920 = call float @llvm.nvvm.fmax.f(float %1878, float %1879)
	%1921 = call float @llvm.nvvm.fmax.f(float %1882, float %1883)
	%1922 = call float @llvm.nvvm.fmax.f(float %1886, float %1887)
	%1923 = call float @llvm.nvvm.fmax.f(float %1890, float %1891)
	%1924 = call float @llvm.nvvm.fmax.f(float %1916, float %1917)
	%1925 = call float @llvm.nvvm.fmax.f(float %1918, float %1919)
	%1926 = call float @llvm.nvvm.fmax.f(float %1920, float %1921)
	%1927 = call float @llvm.nvvm.fmax.f(float %1922, float %1923)
	%1928 = call float @llvm.nvvm.fmax.f(float %1924, float %1925)
	%1929 = call float @llvm.nvvm.fmax.f(float %1926, float %1927)
	%1930 = call float @llvm.nvvm.fmax.f(float %1928, float %1929)
	%1931 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1930, i32 1, i32 31)
	%1932 = call float @llvm.nvvm.fmax.f(float %1930, float %1931)
	%1933 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1932, i32 2, i32 31)
	%1934 = call float @llvm.nvvm.fmax.f(float %1932, float %1933)
	%1935 = fmul float %1934, 0x3FC7154760000000
	%1936 = call float @llvm.nvvm.fmax.f(float %373, float %1935)
	%1937 = fadd float %373, 8.0
	%1938 = fcmp ogt float %1936, %1937
	%1939 = or i1 %1915, %1938
	%1940 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1939)
	br i1 %1940, label %1941, label %1952

1941:
	%1942 = fcmp oeq float %1912, 0xFFF0000000000000
	%1943 = select i1 %1942, float 0.0, float %1912
	%1944 = fsub float %371, %1943
	%1945 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1944)
	%1946 = fcmp oeq float %1936, 0xFFF0000000000000
	%1947 = select i1 %1946, float 0.0, float %1936
	%1948 = fsub float %373, %1947
	%1949 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1948)
	%1950 = fmul float %372, %1945
	%1951 = fmul float %374, %1949
	br label %1952

1952:
	%1953 = phi float [ %372, %softmax ], [ %1950, %1941 ]
	%1954 = phi float [ %374, %softmax ], [ %1951, %1941 ]
	%1955 = phi float [ 1.0, %softmax ], [ %1945, %1941 ]
	%1956 = phi float [ 1.0, %softmax ], [ %1949, %1941 ]
	%1957 = select i1 %1940, float %1912, float %371
	%1958 = fcmp oeq float %1957, 0xFFF0000000000000
	%1959 = select i1 %1958, float 0.0, float %1957
	%1960 = fneg float %1959
	%1961 = call float @llvm.fma.f32(float %1860, float 0x3FC7154760000000, float %1960)
	%1962 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1961)
	%1963 = call float @llvm.fma.f32(float %1861, float 0x3FC7154760000000, float %1960)
	%1964 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1963)
	%1965 = call float @llvm.fma.f32(float %1864, float 0x3FC7154760000000, float %1960)
	%1966 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1965)
	%1967 = call float @llvm.fma.f32(float %1865, float 0x3FC7154760000000, float %1960)
	%1968 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1967)
	%1969 = call float @llvm.fma.f32(float %1868, float 0x3FC7154760000000, float %1960)
	%1970 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1969)
	%1971 = call float @llvm.fma.f32(float %1869, float 0x3FC7154760000000, float %1960)
	%1972 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1971)
	%1973 = call float @llvm.fma.f32(float %1872, float 0x3FC7154760000000, float %1960)
	%1974 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1973)
	%1975 = call float @llvm.fma.f32(float %1873, float 0x3FC7154760000000, float %1960)
	%1976 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1975)
	%1977 = call float @llvm.fma.f32(float %1876, float 0x3FC7154760000000, float %1960)
	%1978 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1977)
	%1979 = call float @llvm.fma.f32(float %1877, float 0x3FC7154760000000, float %1960)
	%1980 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1979)
	%1981 = call float @llvm.fma.f32(float %1880, float 0x3FC7154760000000, float %1960)
	%1982 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1981)
	%1983 = call float @llvm.fma.f32(float %1881, float 0x3FC7154760000000, float %1960)
	%1984 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1983)
	%1985 = call float @llvm.fma.f32(float %1884, float 0x3FC7154760000000, float %1960)
	%1986 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1985)
	%1987 = call float @llvm.fma.f32(float %1885, float 0x3FC7154760000000, float %1960)
	%1988 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1987)
	%1989 = call float @llvm.fma.f32(float %1888, float 0x3FC7154760000000, float %1960)
	%1990 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1989)
	%1991 = call float @llvm.fma.f32(float %1889, float 0x3FC7154760000000, float %1960)
	%1992 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1991)
	%1993 = fadd float %1962, %1964
	%1994 = fadd float %1966, %1968
	%1995 = fadd float %1970, %1972
	%1996 = fadd float %1974, %1976
	%1997 = fadd float %1978, %1980
	%1998 = fadd float %1982, %1984
	%1999 = fadd float %1986, %1988
	%2000 = fadd float %1990, %1992
	%2001 = fadd float %1993, %1994
	%2002 = fadd float %1995, %1996
	%2003 = fadd float %1997, %1998
	%2004 = fadd float %1999, %2000
	%2005 = fadd float %2001, %2002
	%2006 = fadd float %2003, %2004
	%2007 = fadd float %2005, %2006
	%2008 = fadd float %1953, %2007
	%2009 = select i1 %1940, float %1936, float %373
	%2010 = fcmp oeq float %2009, 0xFFF0000000000000
	%2011 = select i1 %2010, float 0.0, float %2009
	%2012 = fneg float %2011
	%2013 = call float @llvm.fma.f32(float %1862, float 0x3FC7154760000000, float %2012)
	%2014 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2013)
	%2015 = call float @llvm.fma.f32(float %1863, float 0x3FC7154760000000, float %2012)
	%2016 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2015)
	%2017 = call float @llvm.fma.f32(float %1866, float 0x3FC7154760000000, float %2012)
	%2018 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2017)
	%2019 = call float @llvm.fma.f32(float %1867, float 0x3FC7154760000000, float %2012)
	%2020 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2019)
	%2021 = call float @llvm.fma.f32(float %1870, float 0x3FC7154760000000, float %2012)
	%2022 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2021)
	%2023 = call float @llvm.fma.f32(float %1871, float 0x3FC7154760000000, float %2012)
	%2024 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2023)
	%2025 = call float @llvm.fma.f32(float %1874, float 0x3FC7154760000000, float %2012)
	%2026 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2025)
	%2027 = call float @llvm.fma.f32(float %1875, float 0x3FC7154760000000, float %2012)
	%2028 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2027)
	%2029 = call float @llvm.fma.f32(float %1878, float 0x3FC7154760000000, float %2012)
	%2030 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2029)
	%2031 = call float @llvm.fma.f32(float %1879, float 0x3FC7154760000000, float %2012)
	%2032 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2031)
	%2033 = call float @llvm.fma.f32(float %1882, float 0x3FC7154760000000, float %2012)
	%2034 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2033)
	%2035 = call float @llvm.fma.f32(float %1883, float 0x3FC7154760000000, float %2012)
	%2036 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2035)
	%2037 = call float @llvm.fma.f32(float %1886, float 0x3FC7154760000000, float %2012)
	%2038 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2037)
	%2039 = call float @llvm.fma.f32(float %1887, float 0x3FC7154760000000, float %2012)
	%2040 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2039)
	%2041 = call float @llvm.fma.f32(float %1890, float 0x3FC7154760000000, float %2012)
	%2042 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2041)
	%2043 = call float @llvm.fma.f32(float %1891, float 0x3FC7154760000000, float %2012)
	%2044 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2043)
	%2045 = fadd float %2014, %2016
	%2046 = fadd float %2018, %2020
	%2047 = fadd float %2022, %2024
	%2048 = fadd float %2026, %2028
	%2049 = fadd float %2030, %2032
	%2050 = fadd float %2034, %2036
	%2051 = fadd float %2038, %2040
	%2052 = fadd float %2042, %2044
	%2053 = fadd float %2045, %2046
	%2054 = fadd float %2047, %2048
	%2055 = fadd float %2049, %2050
	%2056 = fadd float %2051, %2052
	%2057 = fadd float %2053, %2054
	%2058 = fadd float %2055, %2056
	%2059 = fadd float %2057, %2058
	%2060 = fadd float %1954, %2059
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%2061 = call float asm sideeffect "", "=f,0"(float %770)
	%2062 = call float asm sideeffect "", "=f,0"(float %771)
	%2063 = call float asm sideeffect "", "=f,0"(float %772)
	%2064 = call float asm sideeffect "", "=f,0"(float %773)
	%2065 = call float asm sideeffect "", "=f,0"(float %774)
	%2066 = call float asm sideeffect "", "=f,0"(float %775)
	%2067 = call float asm sideeffect "", "=f,0"(float %776)
	%2068 = call float asm sideeffect "", "=f,0"(float %777)
	%2069 = call float asm sideeffect "", "=f,0"(float %778)
	%2070 = call float asm sideeffect "", "=f,0"(float %779)
	%2071 = call float asm sideeffect "", "=f,0"(float %780)
	%2072 = call float asm sideeffect "", "=f,0"(float %781)
	%2073 = call float asm sideeffect "", "=f,0"(float %782)
	%2074 = call float asm sideeffect "", "=f,0"(float %783)
	%2075 = call float asm sideeffect "", "=f,0"(float %784)
	%2076 = call float asm sideeffect "", "=f,0"(float %785)
	%2077 = call float asm sideeffect "", "=f,0"(float %786)
	%2078 = call float asm sideeffect "", "=f,0"(float %787)
	%2079 = call float asm sideeffect "", "=f,0"(float %788)
	%2080 = call float asm sideeffect "", "=f,0"(float %789)
	%2081 = call float asm sideeffect "", "=f,0"(float %790)
	%2082 = call float asm sideeffect "", "=f,0"(float %791)
	%2083 = call float asm sideeffect "", "=f,0"(float %792)
	%2084 = call float asm sideeffect "", "=f,0"(float %793)
	%2085 = call float asm sideeffect "", "=f,0"(float %794)
	%2086 = call float asm sideeffect "", "=f,0"(float %795)
	%2087 = call float asm sideeffect "", "=f,0"(float %796)
	%2088 = call float asm sideeffect "", "=f,0"(float %797)
	%2089 = call float asm sideeffect "", "=f,0"(float %798)
	%2090 = call float asm sideeffect "", "=f,0"(float %799)
	%2091 = call float asm sideeffect "", "=f,0"(float %800)
	%2092 = call float asm sideeffect "", "=f,0"(float %801)
	%2093 = mul i32 %478, 32
	%2094 = add i32 %107, %2093
	%2095 = add i32 %2094, 16
	%2096 = add i32 %2095, 8
	%2097 = zext i1 %338 to i32
	call void asm sideeffect "{ .reg .pred p; .reg .b64 st; setp.ne.b32 p, $1, 0; @p mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r,r"(i32 %2096, i32 %2097)
	br i1 %1940, label %2098, label %2131

2098:
	%2099 = fmul float %2061, %1955
	%2100 = fmul float %2062, %1955
	%2101 = fmul float %2063, %1956
	%2102 = fmul float %2064, %1956
	%2103 = fmul float %2065, %1955
	%2104 = fmul float %2066, %1955
	%2105 = fmul float %2067, %1956
	%2106 = fmul float %2068, %1956
	%2107 = fmul float %2069, %1955
	%2108 = fmul float %2070, %1955
	%2109 = fmul float %2071, %1956
	%2110 = fmul float %2072, %1956
	%2111 = fmul float %2073, %1955
	%2112 = fmul float %2074, %1955
	%2113 = fmul float %2075, %1956
	%2114 = fmul float %2076, %1956
	%2115 = fmul float %2077, %1955
	%2116 = fmul float %2078, %1955
	%2117 = fmul float %2079, %1956
	%2118 = fmul float %2080, %1956
	%2119 = fmul float %2081, %1955
	%2120 = fmul float %2082, %1955
	%2121 = fmul float %2083, %1956
	%2122 = fmul float %2084, %1956
	%2123 = fmul float %2085, %1955
	%2124 = fmul float %2086, %1955
	%2125 = fmul float %2087, %1956
	%2126 = fmul float %2088, %1956
	%2127 = fmul float %2089, %1955
	%2128 = fmul float %2090, %1955
	%2129 = fmul float %2091, %1956
	%2130 = fmul float %2092, %1956
	br label %2131

2131:
	%2132 = phi float [ %2061, %1952 ], [ %2099, %2098 ]
	%2133 = phi float [ %2062, %1952 ], [ %2100, %2098 ]
	%2134 = phi float [ %2063, %1952 ], [ %2101, %2098 ]
	%2135 = phi float [ %2064, %1952 ], [ %2102, %2098 ]
	%2136 = phi float [ %2065, %1952 ], [ %2103, %2098 ]
	%2137 = phi float [ %2066, %1952 ], [ %2104, %2098 ]
	%2138 = phi float [ %2067, %1952 ], [ %2105, %2098 ]
	%2139 = phi float [ %2068, %1952 ], [ %2106, %2098 ]
	%2140 = phi float [ %2069, %1952 ], [ %2107, %2098 ]
	%2141 = phi float [ %2070, %1952 ], [ %2108, %2098 ]
	%2142 = phi float [ %2071, %1952 ], [ %2109, %2098 ]
	%2143 = phi float [ %2072, %1952 ], [ %2110, %2098 ]
	%2144 = phi float [ %2073, %1952 ], [ %2111, %2098 ]
	%2145 = phi float [ %2074, %1952 ], [ %2112, %2098 ]
	%2146 = phi float [ %2075, %1952 ], [ %2113, %2098 ]
	%2147 = phi float [ %2076, %1952 ], [ %2114, %2098 ]
	%2148 = phi float [ %2077, %1952 ], [ %2115, %2098 ]
	%2149 = phi float [ %2078, %1952 ], [ %2116, %2098 ]
	%2150 = phi float [ %2079, %1952 ], [ %2117, %2098 ]
	%2151 = phi float [ %2080, %1952 ], [ %2118, %2098 ]
	%2152 = phi float [ %2081, %1952 ], [ %2119, %2098 ]
	%2153 = phi float [ %2082, %1952 ], [ %2120, %2098 ]
	%2154 = phi float [ %2083, %1952 ], [ %2121, %2098 ]
	%2155 = phi float [ %2084, %1952 ], [ %2122, %2098 ]
	%2156 = phi float [ %2085, %1952 ], [ %2123, %2098 ]
	%2157 = phi float [ %2086, %1952 ], [ %2124, %2098 ]
	%2158 = phi float [ %2087, %1952 ], [ %2125, %2098 ]
	%2159 = phi float [ %2088, %1952 ], [ %2126, %2098 ]
	%2160 = phi float [ %2089, %1952 ], [ %2127, %2098 ]
	%2161 = phi float [ %2090, %1952 ], [ %2128, %2098 ]
	%2162 = phi float [ %2091, %1952 ], [ %2129, %2098 ]
	%2163 = phi float [ %2092, %1952 ], [ %2130, %2098 ]
	%2164 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1964, float %1962)
	%2165 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2016, float %2014)
	%2166 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1968, float %1966)
	%2167 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2020, float %2018)
	%2168 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1972, float %1970)
	%2169 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2024, float %2022)
	%2170 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1976, float %1974)
	%2171 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2028, float %2026)
	%2172 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1980, float %1978)
	%2173 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2032, float %2030)
	%2174 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1984, float %1982)
	%2175 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2036, float %2034)
	%2176 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1988, float %1986)
	%2177 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2040, float %2038)
	%2178 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1992, float %1990)
	%2179 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2044, float %2042)
	br label %joined

2180:
	%2181 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %1033, i32 %393)
	%2182 = icmp ne i32 %2181, 0
	br i1 %2182, label %2183, label %2180

2183:
	%2184 = mul i32 %391, 32
	%2185 = add i32 %107, %2184
	%2186 = add i32 %2185, 16
	%2187 = add i32 %2186, 8
	call void asm sideeffect "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r"(i32 %2187)
	br label %joined

joined:
	%2188 = phi float [ %2132, %2131 ], [ %991, %2183 ]
	%2189 = phi float [ %2133, %2131 ], [ %992, %2183 ]
	%2190 = phi float [ %2134, %2131 ], [ %993, %2183 ]
	%2191 = phi float [ %2135, %2131 ], [ %994, %2183 ]
	%2192 = phi float [ %2136, %2131 ], [ %995, %2183 ]
	%2193 = phi float [ %2137, %2131 ], [ %996, %2183 ]
	%2194 = phi float [ %2138, %2131 ], [ %997, %2183 ]
	%2195 = phi float [ %2139, %2131 ], [ %998, %2183 ]
	%2196 = phi float [ %2140, %2131 ], [ %999, %2183 ]
	%2197 = phi float [ %2141, %2131 ], [ %1000, %2183 ]
	%2198 = phi float [ %2142, %2131 ], [ %1001, %2183 ]
	%2199 = phi float [ %2143, %2131 ], [ %1002, %2183 ]
	%2200 = phi float [ %2144, %2131 ], [ %1003, %2183 ]
	%2201 = phi float [ %2145, %2131 ], [ %1004, %2183 ]
	%2202 = phi float [ %2146, %2131 ], [ %1005, %2183 ]
	%2203 = phi float [ %2147, %2131 ], [ %1006, %2183 ]
	%2204 = phi float [ %2148, %2131 ], [ %1007, %2183 ]
	%2205 = phi float [ %2149, %2131 ], [ %1008, %2183 ]
	%2206 = phi float [ %2150, %2131 ], [ %1009, %2183 ]
	%2207 = phi float [ %2151, %2131 ], [ %1010, %2183 ]
	%2208 = phi float [ %2152, %2131 ], [ %1011, %2183 ]
	%2209 = phi float [ %2153, %2131 ], [ %1012, %2183 ]
	%2210 = phi float [ %2154, %2131 ], [ %1013, %2183 ]
	%2211 = phi float [ %2155, %2131 ], [ %1014, %2183 ]
	%2212 = phi float [ %2156, %2131 ], [ %1015, %2183 ]
	%2213 = phi float [ %2157, %2131 ], [ %1016, %2183 ]
	%2214 = phi float [ %2158, %2131 ], [ %1017, %2183 ]
	%2215 = phi float [ %2159, %2131 ], [ %1018, %2183 ]
	%2216 = phi float [ %2160, %2131 ], [ %1019, %2183 ]
	%2217 = phi float [ %2161, %2131 ], [ %1020, %2183 ]
	%2218 = phi float [ %2162, %2131 ], [ %1021, %2183 ]
	%2219 = phi float [ %2163, %2131 ], [ %1022, %2183 ]
	%2220 = phi i32 [ %2164, %2131 ], [ 0, %2183 ]
	%2221 = phi i32 [ %2165, %2131 ], [ 0, %2183 ]
	%2222 = phi i32 [ %2166, %2131 ], [ 0, %2183 ]
	%2223 = phi i32 [ %2167, %2131 ], [ 0, %2183 ]
	%2224 = phi i32 [ %2168, %2131 ], [ 0, %2183 ]
	%2225 = phi i32 [ %2169, %2131 ], [ 0, %2183 ]
	%2226 = phi i32 [ %2170, %2131 ], [ 0, %2183 ]
	%2227 = phi i32 [ %2171, %2131 ], [ 0, %2183 ]
	%2228 = phi i32 [ %2172, %2131 ], [ 0, %2183 ]
	%2229 = phi i32 [ %2173, %2131 ], [ 0, %2183 ]
	%2230 = phi i32 [ %2174, %2131 ], [ 0, %2183 ]
	%2231 = phi i32 [ %2175, %2131 ], [ 0, %2183 ]
	%2232 = phi i32 [ %2176, %2131 ], [ 0, %2183 ]
	%2233 = phi i32 [ %2177, %2131 ], [ 0, %2183 ]
	%2234 = phi i32 [ %2178, %2131 ], [ 0, %2183 ]
	%2235 = phi i32 [ %2179, %2131 ], [ 0, %2183 ]
	%2236 = phi float [ %1957, %2131 ], [ %371, %2183 ]
	%2237 = phi float [ %2008, %2131 ], [ %372, %2183 ]
	%2238 = phi float [ %2009, %2131 ], [ %373, %2183 ]
	%2239 = phi float [ %2060, %2131 ], [ %374, %2183 ]
	%2240 = phi i1 [ true, %2131 ], [ false, %2183 ]
	br i1 %497, label %loop, label %drain

drain:
	%2241 = mul i32 %391, 32
	%2242 = add i32 %107, %2241
	%2243 = add i32 %2242, 16
	br label %2244

2244:
	%2245 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %2243, i32 %393)
	%2246 = icmp ne i32 %2245, 0
	br i1 %2246, label %2247, label %2244

2247:
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%2248 = select i1 %2240, i32 %475, i32 %106
	%2249 = add i32 %2248, 0
	%2250 = zext i32 %2249 to i64
	%2251 = or i64 %2250, u0x4000004002000000
	%2252 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %2188, float %2189, float %2190, float %2191, float %2192, float %2193, float %2194, float %2195, float %2196, float %2197, float %2198, float %2199, float %2200, float %2201, float %2202, float %2203, float %2204, float %2205, float %2206, float %2207, float %2208, float %2209, float %2210, float %2211, float %2212, float %2213, float %2214, float %2215, float %2216, float %2217, float %2218, float %2219, i32 %2220, i32 %2221, i32 %2222, i32 %2223, i64 %2251, i32 1)
	%2253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 0
	%2254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 1
	%2255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 2
	%2256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 3
	%2257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 4
	%2258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 5
	%2259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 6
	%2260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 7
	%2261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 8
	%2262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 9
	%2263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 10
	%2264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 11
	%2265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 12
	%2266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 13
	%2267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 14
	%2268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 15
	%2269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 16
	%2270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 17
	%2271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 18
	%2272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 19
	%2273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 20
	%2274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 21
	%2275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 22
	%2276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 23
	%2277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 24
	%2278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 25
	%2279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 26
	%2280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 27
	%2281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 28
	%2282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 29
	%2283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 30
	%2284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2252, 31
	%2285 = add i32 %2248, 128
	%2286 = zext i32 %2285 to i64
	%2287 = or i64 %2286, u0x4000004002000000
	%2288 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %2253, float %2254, float %2255, float %2256, float %2257, float %2258, float %2259, float %2260, float %2261, float %2262, float %2263, float %2264, float %2265, float %2266, float %2267, float %2268, float %2269, float %2270, float %2271, float %2272, float %2273, float %2274, float %2275, float %2276, float %2277, float %2278, float %2279, float %2280, float %2281, float %2282, float %2283, float %2284, i32 %2224, i32 %2225, i32 %2226, i32 %2227, i64 %2287, i32 1)
	%2289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 0
	%2290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 1
	%2291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 2
	%2292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 3
	%2293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 4
	%2294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 5
	%2295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 6
	%2296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 7
	%2297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 8
	%2298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 9
	%2299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 10
	%2300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 11
	%2301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 12
	%2302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 13
	%2303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 14
	%2304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 15
	%2305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 16
	%2306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 17
	%2307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 18
	%2308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 19
	%2309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 20
	%2310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 21
	%2311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 22
	%2312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 23
	%2313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 24
	%2314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 25
	%2315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 26
	%2316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 27
	%2317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 28
	%2318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 29
	%2319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 30
	%2320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2288, 31
	%2321 = add i32 %2248, 256
	%2322 = zext i32 %2321 to i64
	%2323 = or i64 %2322, u0x4000004002000000
	%2324 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %2289, float %2290, float %2291, float %2292, float %2293, float %2294, float %2295, float %2296, float %2297, float %2298, float %2299, float %2300, float %2301, float %2302, float %2303, float %2304, float %2305, float %2306, float %2307, float %2308, float %2309, float %2310, float %2311, float %2312, float %2313, float %2314, float %2315, float %2316, float %2317, float %2318, float %2319, float %2320, i32 %2228, i32 %2229, i32 %2230, i32 %2231, i64 %2323, i32 1)
	%2325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 0
	%2326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 1
	%2327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 2
	%2328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 3
	%2329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 4
	%2330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 5
	%2331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 6
	%2332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 7
	%2333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 8
	%2334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 9
	%2335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 10
	%2336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 11
	%2337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 12
	%2338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 13
	%2339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 14
	%2340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 15
	%2341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 16
	%2342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 17
	%2343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 18
	%2344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 19
	%2345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 20
	%2346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 21
	%2347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 22
	%2348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 23
	%2349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 24
	%2350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 25
	%2351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 26
	%2352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 27
	%2353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 28
	%2354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 29
	%2355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 30
	%2356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2324, 31
	%2357 = add i32 %2248, 384
	%2358 = zext i32 %2357 to i64
	%2359 = or i64 %2358, u0x4000004002000000
	%2360 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %2325, float %2326, float %2327, float %2328, float %2329, float %2330, float %2331, float %2332, float %2333, float %2334, float %2335, float %2336, float %2337, float %2338, float %2339, float %2340, float %2341, float %2342, float %2343, float %2344, float %2345, float %2346, float %2347, float %2348, float %2349, float %2350, float %2351, float %2352, float %2353, float %2354, float %2355, float %2356, i32 %2232, i32 %2233, i32 %2234, i32 %2235, i64 %2359, i32 1)
	%2361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 0
	%2362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 1
	%2363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 2
	%2364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 3
	%2365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 4
	%2366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 5
	%2367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 6
	%2368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 7
	%2369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 8
	%2370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 9
	%2371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 10
	%2372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 11
	%2373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 12
	%2374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 13
	%2375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 14
	%2376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 15
	%2377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 16
	%2378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 17
	%2379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 18
	%2380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 19
	%2381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 20
	%2382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 21
	%2383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 22
	%2384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 23
	%2385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 24
	%2386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 25
	%2387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 26
	%2388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 27
	%2389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 28
	%2390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 29
	%2391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 30
	%2392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2360, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%2393 = call float asm sideeffect "", "=f,0"(float %2361)
	%2394 = call float asm sideeffect "", "=f,0"(float %2362)
	%2395 = call float asm sideeffect "", "=f,0"(float %2363)
	%2396 = call float asm sideeffect "", "=f,0"(float %2364)
	%2397 = call float asm sideeffect "", "=f,0"(float %2365)
	%2398 = call float asm sideeffect "", "=f,0"(float %2366)
	%2399 = call float asm sideeffect "", "=f,0"(float %2367)
	%2400 = call float asm sideeffect "", "=f,0"(float %2368)
	%2401 = call float asm sideeffect "", "=f,0"(float %2369)
	%2402 = call float asm sideeffect "", "=f,0"(float %2370)
	%2403 = call float asm sideeffect "", "=f,0"(float %2371)
	%2404 = call float asm sideeffect "", "=f,0"(float %2372)
	%2405 = call float asm sideeffect "", "=f,0"(float %2373)
	%2406 = call float asm sideeffect "", "=f,0"(float %2374)
	%2407 = call float asm sideeffect "", "=f,0"(float %2375)
	%2408 = call float asm sideeffect "", "=f,0"(float %2376)
	%2409 = call float asm sideeffect "", "=f,0"(float %2377)
	%2410 = call float asm sideeffect "", "=f,0"(float %2378)
	%2411 = call float asm sideeffect "", "=f,0"(float %2379)
	%2412 = call float asm sideeffect "", "=f,0"(float %2380)
	%2413 = call float asm sideeffect "", "=f,0"(float %2381)
	%2414 = call float asm sideeffect "", "=f,0"(float %2382)
	%2415 = call float asm sideeffect "", "=f,0"(float %2383)
	%2416 = call float asm sideeffect "", "=f,0"(float %2384)
	%2417 = call float asm sideeffect "", "=f,0"(float %2385)
	%2418 = call float asm sideeffect "", "=f,0"(float %2386)
	%2419 = call float asm sideeffect "", "=f,0"(float %2387)
	%2420 = call float asm sideeffect "", "=f,0"(float %2388)
	%2421 = call float asm sideeffect "", "=f,0"(float %2389)
	%2422 = call float asm sideeffect "", "=f,0"(float %2390)
	%2423 = call float asm sideeffect "", "=f,0"(float %2391)
	%2424 = call float asm sideeffect "", "=f,0"(float %2392)
	br label %epilogue

store0:
	%2425 = mul i32 %35, %M
	%2426 = add i32 %2425, %441
	%2427 = mul i32 %2426, 64
	%2428 = shl i32 %17, 1
	%2429 = add i32 0, %2428
	%2430 = add i32 %2427, %2429
	%2431 = sext i32 %2430 to i64
	%2432 = getelementptr i16, i16* %out, i64 %2431
	%2433 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %443, float %442)
	%2434 = bitcast i16* %2432 to i32*
	store i32 %2433, i32* %2434
	%2435 = shl i32 %17, 1
	%2436 = add i32 8, %2435
	%2437 = add i32 %2427, %2436
	%2438 = sext i32 %2437 to i64
	%2439 = getelementptr i16, i16* %out, i64 %2438
	%2440 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %445, float %444)
	%2441 = bitcast i16* %2439 to i32*
	store i32 %2440, i32* %2441
	%2442 = shl i32 %17, 1
	%2443 = add i32 16, %2442
	%2444 = add i32 %2427, %2443
	%2445 = sext i32 %2444 to i64
	%2446 = getelementptr i16, i16* %out, i64 %2445
	%2447 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %447, float %446)
	%2448 = bitcast i16* %2446 to i32*
	store i32 %2447, i32* %2448
	%2449 = shl i32 %17, 1
	%2450 = add i32 24, %2449
	%2451 = add i32 %2427, %2450
	%2452 = sext i32 %2451 to i64
	%2453 = getelementptr i16, i16* %out, i64 %2452
	%2454 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %449, float %448)
	%2455 = bitcast i16* %2453 to i32*
	store i32 %2454, i32* %2455
	%2456 = shl i32 %17, 1
	%2457 = add i32 32, %2456
	%2458 = add i32 %2427, %2457
	%2459 = sext i32 %2458 to i64
	%2460 = getelementptr i16, i16* %out, i64 %2459
	%2461 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %451, float %450)
	%2462 = bitcast i16* %2460 to i32*
	store i32 %2461, i32* %2462
	%2463 = shl i32 %17, 1
	%2464 = add i32 40, %2463
	%2465 = add i32 %2427, %2464
	%2466 = sext i32 %2465 to i64
	%2467 = getelementptr i16, i16* %out, i64 %2466
	%2468 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %453, float %452)
	%2469 = bitcast i16* %2467 to i32*
	store i32 %2468, i32* %2469
	%2470 = shl i32 %17, 1
	%2471 = add i32 48, %2470
	%2472 = add i32 %2427, %2471
	%2473 = sext i32 %2472 to i64
	%2474 = getelementptr i16, i16* %out, i64 %2473
	%2475 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %455, float %454)
	%2476 = bitcast i16* %2474 to i32*
	store i32 %2475, i32* %2476
	%2477 = shl i32 %17, 1
	%2478 = add i32 56, %2477
	%2479 = add i32 %2427, %2478
	%2480 = sext i32 %2479 to i64
	%2481 = getelementptr i16, i16* %out, i64 %2480
	%2482 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %457, float %456)
	%2483 = bitcast i16* %2481 to i32*
	store i32 %2482, i32* %2483
	br label %stored0

stored0:
	%2484 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %397, i32 1, i32 31)
	%2485 = fadd float %397, %2484
	%2486 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2485, i32 2, i32 31)
	%2487 = fadd float %2485, %2486
	%2488 = fcmp ogt float %2487, 0.0
	%2489 = fdiv float 1.0, %2487
	%2490 = select i1 %2488, float %2489, float 0.0
	%2491 = mul i32 %11, 16
	%2492 = add i32 %37, %2491
	%2493 = add i32 %16, 8
	%2494 = add i32 %2492, %2493
	%2495 = fmul float %401, %2490
	%2496 = fmul float %402, %2490
	%2497 = fmul float %405, %2490
	%2498 = fmul float %406, %2490
	%2499 = fmul float %409, %2490
	%2500 = fmul float %410, %2490
	%2501 = fmul float %413, %2490
	%2502 = fmul float %414, %2490
	%2503 = fmul float %417, %2490
	%2504 = fmul float %418, %2490
	%2505 = fmul float %421, %2490
	%2506 = fmul float %422, %2490
	%2507 = fmul float %425, %2490
	%2508 = fmul float %426, %2490
	%2509 = fmul float %429, %2490
	%2510 = fmul float %430, %2490
	%2511 = icmp slt i32 %2494, %M
	br i1 %2511, label %store1, label %stored1

store1:
	%2512 = mul i32 %35, %M
	%2513 = add i32 %2512, %2494
	%2514 = mul i32 %2513, 64
	%2515 = shl i32 %17, 1
	%2516 = add i32 0, %2515
	%2517 = add i32 %2514, %2516
	%2518 = sext i32 %2517 to i64
	%2519 = getelementptr i16, i16* %out, i64 %2518
	%2520 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2496, float %2495)
	%2521 = bitcast i16* %2519 to i32*
	store i32 %2520, i32* %2521
	%2522 = shl i32 %17, 1
	%2523 = add i32 8, %2522
	%2524 = add i32 %2514, %2523
	%2525 = sext i32 %2524 to i64
	%2526 = getelementptr i16, i16* %out, i64 %2525
	%2527 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2498, float %2497)
	%2528 = bitcast i16* %2526 to i32*
	store i32 %2527, i32* %2528
	%2529 = shl i32 %17, 1
	%2530 = add i32 16, %2529
	%2531 = add i32 %2514, %2530
	%2532 = sext i32 %2531 to i64
	%2533 = getelementptr i16, i16* %out, i64 %2532
	%2534 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2500, float %2499)
	%2535 = bitcast i16* %2533 to i32*
	store i32 %2534, i32* %2535
	%2536 = shl i32 %17, 1
	%2537 = add i32 24, %2536
	%2538 = add i32 %2514, %2537
	%2539 = sext i32 %2538 to i64
	%2540 = getelementptr i16, i16* %out, i64 %2539
	%2541 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2502, float %2501)
	%2542 = bitcast i16* %2540 to i32*
	store i32 %2541, i32* %2542
	%2543 = shl i32 %17, 1
	%2544 = add i32 32, %2543
	%2545 = add i32 %2514, %2544
	%2546 = sext i32 %2545 to i64
	%2547 = getelementptr i16, i16* %out, i64 %2546
	%2548 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2504, float %2503)
	%2549 = bitcast i16* %2547 to i32*
	store i32 %2548, i32* %2549
	%2550 = shl i32 %17, 1
	%2551 = add i32 40, %2550
	%2552 = add i32 %2514, %2551
	%2553 = sext i32 %2552 to i64
	%2554 = getelementptr i16, i16* %out, i64 %2553
	%2555 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2506, float %2505)
	%2556 = bitcast i16* %2554 to i32*
	store i32 %2555, i32* %2556
	%2557 = shl i32 %17, 1
	%2558 = add i32 48, %2557
	%2559 = add i32 %2514, %2558
	%2560 = sext i32 %2559 to i64
	%2561 = getelementptr i16, i16* %out, i64 %2560
	%2562 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2508, float %2507)
	%2563 = bitcast i16* %2561 to i32*
	store i32 %2562, i32* %2563
	%2564 = shl i32 %17, 1
	%2565 = add i32 56, %2564
	%2566 = add i32 %2514, %2565
	%2567 = sext i32 %2566 to i64
	%2568 = getelementptr i16, i16* %out, i64 %2567
	%2569 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2510, float %2509)
	%2570 = bitcast i16* %2568 to i32*
	store i32 %2569, i32* %2570
	br label %stored1

stored1:
	ret void
}
