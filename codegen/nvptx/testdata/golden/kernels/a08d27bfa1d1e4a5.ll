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
	%338 = phi i1 [ false, %prologue ], [ %2249, %joined ]
	%339 = phi float [ 0.0, %prologue ], [ %2197, %joined ]
	%340 = phi float [ 0.0, %prologue ], [ %2198, %joined ]
	%341 = phi float [ 0.0, %prologue ], [ %2199, %joined ]
	%342 = phi float [ 0.0, %prologue ], [ %2200, %joined ]
	%343 = phi float [ 0.0, %prologue ], [ %2201, %joined ]
	%344 = phi float [ 0.0, %prologue ], [ %2202, %joined ]
	%345 = phi float [ 0.0, %prologue ], [ %2203, %joined ]
	%346 = phi float [ 0.0, %prologue ], [ %2204, %joined ]
	%347 = phi float [ 0.0, %prologue ], [ %2205, %joined ]
	%348 = phi float [ 0.0, %prologue ], [ %2206, %joined ]
	%349 = phi float [ 0.0, %prologue ], [ %2207, %joined ]
	%350 = phi float [ 0.0, %prologue ], [ %2208, %joined ]
	%351 = phi float [ 0.0, %prologue ], [ %2209, %joined ]
	%352 = phi float [ 0.0, %prologue ], [ %2210, %joined ]
	%353 = phi float [ 0.0, %prologue ], [ %2211, %joined ]
	%354 = phi float [ 0.0, %prologue ], [ %2212, %joined ]
	%355 = phi float [ 0.0, %prologue ], [ %2213, %joined ]
	%356 = phi float [ 0.0, %prologue ], [ %2214, %joined ]
	%357 = phi float [ 0.0, %prologue ], [ %2215, %joined ]
	%358 = phi float [ 0.0, %prologue ], [ %2216, %joined ]
	%359 = phi float [ 0.0, %prologue ], [ %2217, %joined ]
	%360 = phi float [ 0.0, %prologue ], [ %2218, %joined ]
	%361 = phi float [ 0.0, %prologue ], [ %2219, %joined ]
	%362 = phi float [ 0.0, %prologue ], [ %2220, %joined ]
	%363 = phi float [ 0.0, %prologue ], [ %2221, %joined ]
	%364 = phi float [ 0.0, %prologue ], [ %2222, %joined ]
	%365 = phi float [ 0.0, %prologue ], [ %2223, %joined ]
	%366 = phi float [ 0.0, %prologue ], [ %2224, %joined ]
	%367 = phi float [ 0.0, %prologue ], [ %2225, %joined ]
	%368 = phi float [ 0.0, %prologue ], [ %2226, %joined ]
	%369 = phi float [ 0.0, %prologue ], [ %2227, %joined ]
	%370 = phi float [ 0.0, %prologue ], [ %2228, %joined ]
	%371 = phi float [ 0xFFF0000000000000, %prologue ], [ %2245, %joined ]
	%372 = phi float [ 0.0, %prologue ], [ %2246, %joined ]
	%373 = phi float [ 0xFFF0000000000000, %prologue ], [ %2247, %joined ]
	%374 = phi float [ 0.0, %prologue ], [ %2248, %joined ]
	%375 = phi i32 [ 0, %prologue ], [ %2229, %joined ]
	%376 = phi i32 [ 0, %prologue ], [ %2230, %joined ]
	%377 = phi i32 [ 0, %prologue ], [ %2231, %joined ]
	%378 = phi i32 [ 0, %prologue ], [ %2232, %joined ]
	%379 = phi i32 [ 0, %prologue ], [ %2233, %joined ]
	%380 = phi i32 [ 0, %prologue ], [ %2234, %joined ]
	%381 = phi i32 [ 0, %prologue ], [ %2235, %joined ]
	%382 = phi i32 [ 0, %prologue ], [ %2236, %joined ]
	%383 = phi i32 [ 0, %prologue ], [ %2237, %joined ]
	%384 = phi i32 [ 0, %prologue ], [ %2238, %joined ]
	%385 = phi i32 [ 0, %prologue ], [ %2239, %joined ]
	%386 = phi i32 [ 0, %prologue ], [ %2240, %joined ]
	%387 = phi i32 [ 0, %prologue ], [ %2241, %joined ]
	%388 = phi i32 [ 0, %prologue ], [ %2242, %joined ]
	%389 = phi i32 [ 0, %prologue ], [ %2243, %joined ]
	%390 = phi i32 [ 0, %prologue ], [ %2244, %joined ]
	%391 = urem i32 %335, 2
	%392 = udiv i32 %335, 2
	%393 = and i32 %392, 1
	%394 = mul i32 %391, 32
	%395 = add i32 %107, %394
	br label %459

epilogue:
	%396 = phi float [ 0.0, %consumer ], [ %2246, %2256 ]
	%397 = phi float [ 0.0, %consumer ], [ %2248, %2256 ]
	%398 = phi i32 [ 0, %consumer ], [ %482, %2256 ]
	%399 = phi float [ 0.0, %consumer ], [ %2406, %2256 ]
	%400 = phi float [ 0.0, %consumer ], [ %2407, %2256 ]
	%401 = phi float [ 0.0, %consumer ], [ %2408, %2256 ]
	%402 = phi float [ 0.0, %consumer ], [ %2409, %2256 ]
	%403 = phi float [ 0.0, %consumer ], [ %2410, %2256 ]
	%404 = phi float [ 0.0, %consumer ], [ %2411, %2256 ]
	%405 = phi float [ 0.0, %consumer ], [ %2412, %2256 ]
	%406 = phi float [ 0.0, %consumer ], [ %2413, %2256 ]
	%407 = phi float [ 0.0, %consumer ], [ %2414, %2256 ]
	%408 = phi float [ 0.0, %consumer ], [ %2415, %2256 ]
	%409 = phi float [ 0.0, %consumer ], [ %2416, %2256 ]
	%410 = phi float [ 0.0, %consumer ], [ %2417, %2256 ]
	%411 = phi float [ 0.0, %consumer ], [ %2418, %2256 ]
	%412 = phi float [ 0.0, %consumer ], [ %2419, %2256 ]
	%413 = phi float [ 0.0, %consumer ], [ %2420, %2256 ]
	%414 = phi float [ 0.0, %consumer ], [ %2421, %2256 ]
	%415 = phi float [ 0.0, %consumer ], [ %2422, %2256 ]
	%416 = phi float [ 0.0, %consumer ], [ %2423, %2256 ]
	%417 = phi float [ 0.0, %consumer ], [ %2424, %2256 ]
	%418 = phi float [ 0.0, %consumer ], [ %2425, %2256 ]
	%419 = phi float [ 0.0, %consumer ], [ %2426, %2256 ]
	%420 = phi float [ 0.0, %consumer ], [ %2427, %2256 ]
	%421 = phi float [ 0.0, %consumer ], [ %2428, %2256 ]
	%422 = phi float [ 0.0, %consumer ], [ %2429, %2256 ]
	%423 = phi float [ 0.0, %consumer ], [ %2430, %2256 ]
	%424 = phi float [ 0.0, %consumer ], [ %2431, %2256 ]
	%425 = phi float [ 0.0, %consumer ], [ %2432, %2256 ]
	%426 = phi float [ 0.0, %consumer ], [ %2433, %2256 ]
	%427 = phi float [ 0.0, %consumer ], [ %2434, %2256 ]
	%428 = phi float [ 0.0, %consumer ], [ %2435, %2256 ]
	%429 = phi float [ 0.0, %consumer ], [ %2436, %2256 ]
	%430 = phi float [ 0.0, %consumer ], [ %2437, %2256 ]
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
	%661 = zext i1 %338 to i32
	%662 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, i32 %375, i32 %376, i32 %377, i32 %378, i64 %660, i32 1, i32 %661)
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 0
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 1
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 2
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 3
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 4
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 5
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 6
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 7
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 8
	%672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 9
	%673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 10
	%674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 11
	%675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 12
	%676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 13
	%677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 14
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 15
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 16
	%680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 17
	%681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 18
	%682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 19
	%683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 20
	%684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 21
	%685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 22
	%686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 23
	%687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 24
	%688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 25
	%689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 26
	%690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 27
	%691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 28
	%692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 29
	%693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 30
	%694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %662, 31
	%695 = add i32 %481, 128
	%696 = zext i32 %695 to i64
	%697 = or i64 %696, u0x4000004002000000
	%698 = zext i1 %338 to i32
	%699 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %663, float %664, float %665, float %666, float %667, float %668, float %669, float %670, float %671, float %672, float %673, float %674, float %675, float %676, float %677, float %678, float %679, float %680, float %681, float %682, float %683, float %684, float %685, float %686, float %687, float %688, float %689, float %690, float %691, float %692, float %693, float %694, i32 %379, i32 %380, i32 %381, i32 %382, i64 %697, i32 1, i32 %698)
	%700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 0
	%701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 1
	%702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 2
	%703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 3
	%704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 4
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 5
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 6
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 7
	%708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 8
	%709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 9
	%710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 10
	%711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 11
	%712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 12
	%713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 13
	%714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 14
	%715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 15
	%716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 16
	%717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 17
	%718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 18
	%719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 19
	%720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 20
	%721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 21
	%722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 22
	%723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 23
	%724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 24
	%725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 25
	%726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 26
	%727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 27
	%728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 28
	%729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 29
	%730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 30
	%731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %699, 31
	%732 = add i32 %481, 256
	%733 = zext i32 %732 to i64
	%734 = or i64 %733, u0x4000004002000000
	%735 = zext i1 %338 to i32
	%736 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %700, float %701, float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, float %710, float %711, float %712, float %713, float %714, float %715, float %716, float %717, float %718, float %719, float %720, float %721, float %722, float %723, float %724, float %725, float %726, float %727, float %728, float %729, float %730, float %731, i32 %383, i32 %384, i32 %385, i32 %386, i64 %734, i32 1, i32 %735)
	%737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 0
	%738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 1
	%739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 2
	%740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 3
	%741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 4
	%742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 5
	%743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 6
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 7
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 8
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 9
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 10
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 11
	%749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 12
	%750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 13
	%751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 14
	%752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 15
	%753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 16
	%754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 17
	%755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 18
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 19
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 20
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 21
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 22
	%760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 23
	%761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 24
	%762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 25
	%763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 26
	%764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 27
	%765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 28
	%766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 29
	%767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 30
	%768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %736, 31
	%769 = add i32 %481, 384
	%770 = zext i32 %769 to i64
	%771 = or i64 %770, u0x4000004002000000
	%772 = zext i1 %338 to i32
	%773 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %737, float %738, float %739, float %740, float %741, float %742, float %743, float %744, float %745, float %746, float %747, float %748, float %749, float %750, float %751, float %752, float %753, float %754, float %755, float %756, float %757, float %758, float %759, float %760, float %761, float %762, float %763, float %764, float %765, float %766, float %767, float %768, i32 %387, i32 %388, i32 %389, i32 %390, i64 %771, i32 1, i32 %772)
	%774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 0
	%775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 1
	%776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 2
	%777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 3
	%778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 4
	%779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 5
	%780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 6
	%781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 7
	%782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 8
	%783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 9
	%784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 10
	%785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 11
	%786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 12
	%787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 13
	%788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 14
	%789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 15
	%790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 16
	%791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 17
	%792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 18
	%793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 19
	%794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 20
	%795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 21
	%796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 22
	%797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 23
	%798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 24
	%799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 25
	%800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 26
	%801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 27
	%802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 28
	%803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 29
	%804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 30
	%805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %773, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	%806 = zext i1 %338 to i32
	call void asm sideeffect "{ .reg .pred q; setp.ne.b32 q, $0, 0; @q wgmma.wait_group.sync.aligned 1; @!q wgmma.wait_group.sync.aligned 0; }", "r"(i32 %806)
	%807 = call float asm sideeffect "", "=f,0"(float %626)
	%808 = call float asm sideeffect "", "=f,0"(float %627)
	%809 = call float asm sideeffect "", "=f,0"(float %628)
	%810 = call float asm sideeffect "", "=f,0"(float %629)
	%811 = call float asm sideeffect "", "=f,0"(float %630)
	%812 = call float asm sideeffect "", "=f,0"(float %631)
	%813 = call float asm sideeffect "", "=f,0"(float %632)
	%814 = call float asm sideeffect "", "=f,0"(float %633)
	%815 = call float asm sideeffect "", "=f,0"(float %634)
	%816 = call float asm sideeffect "", "=f,0"(float %635)
	%817 = call float asm sideeffect "", "=f,0"(float %636)
	%818 = call float asm sideeffect "", "=f,0"(float %637)
	%819 = call float asm sideeffect "", "=f,0"(float %638)
	%820 = call float asm sideeffect "", "=f,0"(float %639)
	%821 = call float asm sideeffect "", "=f,0"(float %640)
	%822 = call float asm sideeffect "", "=f,0"(float %641)
	%823 = call float asm sideeffect "", "=f,0"(float %642)
	%824 = call float asm sideeffect "", "=f,0"(float %643)
	%825 = call float asm sideeffect "", "=f,0"(float %644)
	%826 = call float asm sideeffect "", "=f,0"(float %645)
	%827 = call float asm sideeffect "", "=f,0"(float %646)
	%828 = call float asm sideeffect "", "=f,0"(float %647)
	%829 = call float asm sideeffect "", "=f,0"(float %648)
	%830 = call float asm sideeffect "", "=f,0"(float %649)
	%831 = call float asm sideeffect "", "=f,0"(float %650)
	%832 = call float asm sideeffect "", "=f,0"(float %651)
	%833 = call float asm sideeffect "", "=f,0"(float %652)
	%834 = call float asm sideeffect "", "=f,0"(float %653)
	%835 = call float asm sideeffect "", "=f,0"(float %654)
	%836 = call float asm sideeffect "", "=f,0"(float %655)
	%837 = call float asm sideeffect "", "=f,0"(float %656)
	%838 = call float asm sideeffect "", "=f,0"(float %657)
	%839 = mul i32 %391, 32
	%840 = add i32 %107, %839
	%841 = add i32 %840, 8
	call void asm sideeffect "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r"(i32 %841)
	%842 = mul i32 %11, 16
	%843 = add i32 %37, %842
	%844 = add i32 %16, 0
	%845 = add i32 %843, %844
	%846 = mul i32 %11, 16
	%847 = add i32 %37, %846
	%848 = add i32 %16, 8
	%849 = add i32 %847, %848
	%850 = sitofp i32 %35 to float
	%851 = icmp sge i32 %336, %NK
	br i1 %851, label %meankeys, label %classify

skipped:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%852 = add i32 %481, 0
	%853 = zext i32 %852 to i64
	%854 = or i64 %853, u0x4000004002000000
	%855 = zext i1 %338 to i32
	%856 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, i32 %375, i32 %376, i32 %377, i32 %378, i64 %854, i32 1, i32 %855)
	%857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 0
	%858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 1
	%859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 2
	%860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 3
	%861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 4
	%862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 5
	%863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 6
	%864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 7
	%865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 8
	%866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 9
	%867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 10
	%868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 11
	%869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 12
	%870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 13
	%871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 14
	%872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 15
	%873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 16
	%874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 17
	%875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 18
	%876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 19
	%877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 20
	%878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 21
	%879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 22
	%880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 23
	%881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 24
	%882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 25
	%883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 26
	%884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 27
	%885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 28
	%886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 29
	%887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 30
	%888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %856, 31
	%889 = add i32 %481, 128
	%890 = zext i32 %889 to i64
	%891 = or i64 %890, u0x4000004002000000
	%892 = zext i1 %338 to i32
	%893 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %857, float %858, float %859, float %860, float %861, float %862, float %863, float %864, float %865, float %866, float %867, float %868, float %869, float %870, float %871, float %872, float %873, float %874, float %875, float %876, float %877, float %878, float %879, float %880, float %881, float %882, float %883, float %884, float %885, float %886, float %887, float %888, i32 %379, i32 %380, i32 %381, i32 %382, i64 %891, i32 1, i32 %892)
	%894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 0
	%895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 1
	%896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 2
	%897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 3
	%898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 4
	%899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 5
	%900 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 6
	%901 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 7
	%902 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 8
	%903 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 9
	%904 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 10
	%905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 11
	%906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 12
	%907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 13
	%908 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 14
	%909 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 15
	%910 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 16
	%911 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 17
	%912 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 18
	%913 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 19
	%914 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 20
	%915 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 21
	%916 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 22
	%917 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 23
	%918 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 24
	%919 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 25
	%920 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 26
	%921 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 27
	%922 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 28
	%923 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 29
	%924 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 30
	%925 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %893, 31
	%926 = add i32 %481, 256
	%927 = zext i32 %926 to i64
	%928 = or i64 %927, u0x4000004002000000
	%929 = zext i1 %338 to i32
	%930 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %894, float %895, float %896, float %897, float %898, float %899, float %900, float %901, float %902, float %903, float %904, float %905, float %906, float %907, float %908, float %909, float %910, float %911, float %912, float %913, float %914, float %915, float %916, float %917, float %918, float %919, float %920, float %921, float %922, float %923, float %924, float %925, i32 %383, i32 %384, i32 %385, i32 %386, i64 %928, i32 1, i32 %929)
	%931 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 0
	%932 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 1
	%933 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 2
	%934 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 3
	%935 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 4
	%936 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 5
	%937 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 6
	%938 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 7
	%939 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 8
	%940 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 9
	%941 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 10
	%942 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 11
	%943 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 12
	%944 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 13
	%945 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 14
	%946 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 15
	%947 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 16
	%948 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 17
	%949 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 18
	%950 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 19
	%951 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 20
	%952 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 21
	%953 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 22
	%954 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 23
	%955 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 24
	%956 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 25
	%957 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 26
	%958 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 27
	%959 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 28
	%960 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 29
	%961 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 30
	%962 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %930, 31
	%963 = add i32 %481, 384
	%964 = zext i32 %963 to i64
	%965 = or i64 %964, u0x4000004002000000
	%966 = zext i1 %338 to i32
	%967 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %931, float %932, float %933, float %934, float %935, float %936, float %937, float %938, float %939, float %940, float %941, float %942, float %943, float %944, float %945, float %946, float %947, float %948, float %949, float %950, float %951, float %952, float %953, float %954, float %955, float %956, float %957, float %958, float %959, float %960, float %961, float %962, i32 %387, i32 %388, i32 %389, i32 %390, i64 %965, i32 1, i32 %966)
	%968 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 0
	%969 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 1
	%970 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 2
	%971 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 3
	%972 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 4
	%973 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 5
	%974 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 6
	%975 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 7
	%976 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 8
	%977 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 9
	%978 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 10
	%979 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 11
	%980 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 12
	%981 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 13
	%982 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 14
	%983 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 15
	%984 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 16
	%985 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 17
	%986 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 18
	%987 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 19
	%988 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 20
	%989 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 21
	%990 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 22
	%991 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 23
	%992 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 24
	%993 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 25
	%994 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 26
	%995 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 27
	%996 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 28
	%997 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 29
	%998 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 30
	%999 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %967, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%1023 = call float asm sideeffect "", "=f,0"(float %991)
	%1024 = call float asm sideeffect "", "=f,0"(float %992)
	%1025 = call float asm sideeffect "", "=f,0"(float %993)
	%1026 = call float asm sideeffect "", "=f,0"(float %994)
	%1027 = call float asm sideeffect "", "=f,0"(float %995)
	%1028 = call float asm sideeffect "", "=f,0"(float %996)
	%1029 = call float asm sideeffect "", "=f,0"(float %997)
	%1030 = call float asm sideeffect "", "=f,0"(float %998)
	%1031 = call float asm sideeffect "", "=f,0"(float %999)
	%1032 = mul i32 %478, 32
	%1033 = add i32 %107, %1032
	%1034 = add i32 %1033, 16
	%1035 = add i32 %1034, 8
	%1036 = zext i1 %338 to i32
	call void asm sideeffect "{ .reg .pred p; .reg .b64 st; setp.ne.b32 p, $1, 0; @p mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r,r"(i32 %1035, i32 %1036)
	%1037 = mul i32 %391, 32
	%1038 = add i32 %107, %1037
	%1039 = add i32 %1038, 8
	call void asm sideeffect "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r"(i32 %1039)
	%1040 = mul i32 %391, 32
	%1041 = add i32 %107, %1040
	%1042 = add i32 %1041, 16
	br label %2189

meankeys:
	%1043 = sub i32 %NK, 1
	%1044 = mul i32 %1043, 64
	%1045 = sub i32 %N, %1044
	%1046 = sitofp i32 %1045 to float
	%1047 = call float @llvm.nvvm.lg2.approx.ftz.f(float %1046)
	%1048 = fmul float %1047, 0x40162E4300000000
	%1049 = sub i32 %336, %NK
	%1050 = icmp sge i32 %1049, 0
	%1051 = select i1 %1050, i32 %1049, i32 0
	%1052 = mul i32 %1051, 2
	%1053 = add i32 %85, %1052
	%1054 = add i32 %1053, 0
	%1055 = sext i32 %1054 to i64
	%1056 = getelementptr i32, i32* %comp, i64 %1055
	%1057 = load i32, i32* %1056
	%1058 = add i32 %1053, 1
	%1059 = sext i32 %1058 to i64
	%1060 = getelementptr i32, i32* %comp, i64 %1059
	%1061 = load i32, i32* %1060
	%1062 = shl i32 %17, 1
	%1063 = add i32 0, %1062
	%1064 = add i32 %472, %1063
	%1065 = mul i32 %NK, 64
	%1066 = sub i32 %1064, %1065
	%1067 = icmp ult i32 %1066, %NK
	%1068 = sub i32 %1064, %472
	%1069 = lshr i32 %1068, 5
	%1070 = icmp eq i32 %1069, 1
	%1071 = select i1 %1070, i32 %1061, i32 %1057
	%1072 = and i32 %1068, 31
	%1073 = lshr i32 %1071, %1072
	%1074 = and i32 %1073, 1
	%1075 = icmp ne i32 %1074, 0
	%1076 = and i1 %1067, %1075
	%1077 = fmul float 6.0, 0x40162E4300000000
	%1078 = add i32 %1066, 1
	%1079 = icmp eq i32 %1078, %NK
	%1080 = select i1 %1079, float %1048, float %1077
	%1081 = and i1 %1076, %337
	%1082 = fadd float %807, %1080
	%1083 = select i1 %1081, float %1082, float 0xFFF0000000000000
	%1084 = shl i32 %17, 1
	%1085 = add i32 1, %1084
	%1086 = add i32 %472, %1085
	%1087 = mul i32 %NK, 64
	%1088 = sub i32 %1086, %1087
	%1089 = icmp ult i32 %1088, %NK
	%1090 = sub i32 %1086, %472
	%1091 = lshr i32 %1090, 5
	%1092 = icmp eq i32 %1091, 1
	%1093 = select i1 %1092, i32 %1061, i32 %1057
	%1094 = and i32 %1090, 31
	%1095 = lshr i32 %1093, %1094
	%1096 = and i32 %1095, 1
	%1097 = icmp ne i32 %1096, 0
	%1098 = and i1 %1089, %1097
	%1099 = fmul float 6.0, 0x40162E4300000000
	%1100 = add i32 %1088, 1
	%1101 = icmp eq i32 %1100, %NK
	%1102 = select i1 %1101, float %1048, float %1099
	%1103 = and i1 %1098, %337
	%1104 = fadd float %808, %1102
	%1105 = select i1 %1103, float %1104, float 0xFFF0000000000000
	%1106 = fadd float %809, %1080
	%1107 = select i1 %1081, float %1106, float 0xFFF0000000000000
	%1108 = fadd float %810, %1102
	%1109 = select i1 %1103, float %1108, float 0xFFF0000000000000
	%1110 = shl i32 %17, 1
	%1111 = add i32 8, %1110
	%1112 = add i32 %472, %1111
	%1113 = mul i32 %NK, 64
	%1114 = sub i32 %1112, %1113
	%1115 = icmp ult i32 %1114, %NK
	%1116 = sub i32 %1112, %472
	%1117 = lshr i32 %1116, 5
	%1118 = icmp eq i32 %1117, 1
	%1119 = select i1 %1118, i32 %1061, i32 %1057
	%1120 = and i32 %1116, 31
	%1121 = lshr i32 %1119, %1120
	%1122 = and i32 %1121, 1
	%1123 = icmp ne i32 %1122, 0
	%1124 = and i1 %1115, %1123
	%1125 = fmul float 6.0, 0x40162E4300000000
	%1126 = add i32 %1114, 1
	%1127 = icmp eq i32 %1126, %NK
	%1128 = select i1 %1127, float %1048, float %1125
	%1129 = and i1 %1124, %337
	%1130 = fadd float %811, %1128
	%1131 = select i1 %1129, float %1130, float 0xFFF0000000000000
	%1132 = shl i32 %17, 1
	%1133 = add i32 9, %1132
	%1134 = add i32 %472, %1133
	%1135 = mul i32 %NK, 64
	%1136 = sub i32 %1134, %1135
	%1137 = icmp ult i32 %1136, %NK
	%1138 = sub i32 %1134, %472
	%1139 = lshr i32 %1138, 5
	%1140 = icmp eq i32 %1139, 1
	%1141 = select i1 %1140, i32 %1061, i32 %1057
	%1142 = and i32 %1138, 31
	%1143 = lshr i32 %1141, %1142
	%1144 = and i32 %1143, 1
	%1145 = icmp ne i32 %1144, 0
	%1146 = and i1 %1137, %1145
	%1147 = fmul float 6.0, 0x40162E4300000000
	%1148 = add i32 %1136, 1
	%1149 = icmp eq i32 %1148, %NK
	%1150 = select i1 %1149, float %1048, float %1147
	%1151 = and i1 %1146, %337
	%1152 = fadd float %812, %1150
	%1153 = select i1 %1151, float %1152, float 0xFFF0000000000000
	%1154 = fadd float %813, %1128
	%1155 = select i1 %1129, float %1154, float 0xFFF0000000000000
	%1156 = fadd float %814, %1150
	%1157 = select i1 %1151, float %1156, float 0xFFF0000000000000
	%1158 = shl i32 %17, 1
	%1159 = add i32 16, %1158
	%1160 = add i32 %472, %1159
	%1161 = mul i32 %NK, 64
	%1162 = sub i32 %1160, %1161
	%1163 = icmp ult i32 %1162, %NK
	%1164 = sub i32 %1160, %472
	%1165 = lshr i32 %1164, 5
	%1166 = icmp eq i32 %1165, 1
	%1167 = select i1 %1166, i32 %1061, i32 %1057
	%1168 = and i32 %1164, 31
	%1169 = lshr i32 %1167, %1168
	%1170 = and i32 %1169, 1
	%1171 = icmp ne i32 %1170, 0
	%1172 = and i1 %1163, %1171
	%1173 = fmul float 6.0, 0x40162E4300000000
	%1174 = add i32 %1162, 1
	%1175 = icmp eq i32 %1174, %NK
	%1176 = select i1 %1175, float %1048, float %1173
	%1177 = and i1 %1172, %337
	%1178 = fadd float %815, %1176
	%1179 = select i1 %1177, float %1178, float 0xFFF0000000000000
	%1180 = shl i32 %17, 1
	%1181 = add i32 17, %1180
	%1182 = add i32 %472, %1181
	%1183 = mul i32 %NK, 64
	%1184 = sub i32 %1182, %1183
	%1185 = icmp ult i32 %1184, %NK
	%1186 = sub i32 %1182, %472
	%1187 = lshr i32 %1186, 5
	%1188 = icmp eq i32 %1187, 1
	%1189 = select i1 %1188, i32 %1061, i32 %1057
	%1190 = and i32 %1186, 31
	%1191 = lshr i32 %1189, %1190
	%1192 = and i32 %1191, 1
	%1193 = icmp ne i32 %1192, 0
	%1194 = and i1 %1185, %1193
	%1195 = fmul float 6.0, 0x40162E4300000000
	%1196 = add i32 %1184, 1
	%1197 = icmp eq i32 %1196, %NK
	%1198 = select i1 %1197, float %1048, float %1195
	%1199 = and i1 %1194, %337
	%1200 = fadd float %816, %1198
	%1201 = select i1 %1199, float %1200, float 0xFFF0000000000000
	%1202 = fadd float %817, %1176
	%1203 = select i1 %1177, float %1202, float 0xFFF0000000000000
	%1204 = fadd float %818, %1198
	%1205 = select i1 %1199, float %1204, float 0xFFF0000000000000
	%1206 = shl i32 %17, 1
	%1207 = add i32 24, %1206
	%1208 = add i32 %472, %1207
	%1209 = mul i32 %NK, 64
	%1210 = sub i32 %1208, %1209
	%1211 = icmp ult i32 %1210, %NK
	%1212 = sub i32 %1208, %472
	%1213 = lshr i32 %1212, 5
	%1214 = icmp eq i32 %1213, 1
	%1215 = select i1 %1214, i32 %1061, i32 %1057
	%1216 = and i32 %1212, 31
	%1217 = lshr i32 %1215, %1216
	%1218 = and i32 %1217, 1
	%1219 = icmp ne i32 %1218, 0
	%1220 = and i1 %1211, %1219
	%1221 = fmul float 6.0, 0x40162E4300000000
	%1222 = add i32 %1210, 1
	%1223 = icmp eq i32 %1222, %NK
	%1224 = select i1 %1223, float %1048, float %1221
	%1225 = and i1 %1220, %337
	%1226 = fadd float %819, %1224
	%1227 = select i1 %1225, float %1226, float 0xFFF0000000000000
	%1228 = shl i32 %17, 1
	%1229 = add i32 25, %1228
	%1230 = add i32 %472, %1229
	%1231 = mul i32 %NK, 64
	%1232 = sub i32 %1230, %1231
	%1233 = icmp ult i32 %1232, %NK
	%1234 = sub i32 %1230, %472
	%1235 = lshr i32 %1234, 5
	%1236 = icmp eq i32 %1235, 1
	%1237 = select i1 %1236, i32 %1061, i32 %1057
	%1238 = and i32 %1234, 31
	%1239 = lshr i32 %1237, %1238
	%1240 = and i32 %1239, 1
	%1241 = icmp ne i32 %1240, 0
	%1242 = and i1 %1233, %1241
	%1243 = fmul float 6.0, 0x40162E4300000000
	%1244 = add i32 %1232, 1
	%1245 = icmp eq i32 %1244, %NK
	%1246 = select i1 %1245, float %1048, float %1243
	%1247 = and i1 %1242, %337
	%1248 = fadd float %820, %1246
	%1249 = select i1 %1247, float %1248, float 0xFFF0000000000000
	%1250 = fadd float %821, %1224
	%1251 = select i1 %1225, float %1250, float 0xFFF0000000000000
	%1252 = fadd float %822, %1246
	%1253 = select i1 %1247, float %1252, float 0xFFF0000000000000
	%1254 = shl i32 %17, 1
	%1255 = add i32 32, %1254
	%1256 = add i32 %472, %1255
	%1257 = mul i32 %NK, 64
	%1258 = sub i32 %1256, %1257
	%1259 = icmp ult i32 %1258, %NK
	%1260 = sub i32 %1256, %472
	%1261 = lshr i32 %1260, 5
	%1262 = icmp eq i32 %1261, 1
	%1263 = select i1 %1262, i32 %1061, i32 %1057
	%1264 = and i32 %1260, 31
	%1265 = lshr i32 %1263, %1264
	%1266 = and i32 %1265, 1
	%1267 = icmp ne i32 %1266, 0
	%1268 = and i1 %1259, %1267
	%1269 = fmul float 6.0, 0x40162E4300000000
	%1270 = add i32 %1258, 1
	%1271 = icmp eq i32 %1270, %NK
	%1272 = select i1 %1271, float %1048, float %1269
	%1273 = and i1 %1268, %337
	%1274 = fadd float %823, %1272
	%1275 = select i1 %1273, float %1274, float 0xFFF0000000000000
	%1276 = shl i32 %17, 1
	%1277 = add i32 33, %1276
	%1278 = add i32 %472, %1277
	%1279 = mul i32 %NK, 64
	%1280 = sub i32 %1278, %1279
	%1281 = icmp ult i32 %1280, %NK
	%1282 = sub i32 %1278, %472
	%1283 = lshr i32 %1282, 5
	%1284 = icmp eq i32 %1283, 1
	%1285 = select i1 %1284, i32 %1061, i32 %1057
	%1286 = and i32 %1282, 31
	%1287 = lshr i32 %1285, %1286
	%1288 = and i32 %1287, 1
	%1289 = icmp ne i32 %1288, 0
	%1290 = and i1 %1281, %1289
	%1291 = fmul float 6.0, 0x40162E4300000000
	%1292 = add i32 %1280, 1
	%1293 = icmp eq i32 %1292, %NK
	%1294 = select i1 %1293, float %1048, float %1291
	%1295 = and i1 %1290, %337
	%1296 = fadd float %824, %1294
	%1297 = select i1 %1295, float %1296, float 0xFFF0000000000000
	%1298 = fadd float %825, %1272
	%1299 = select i1 %1273, float %1298, float 0xFFF0000000000000
	%1300 = fadd float %826, %1294
	%1301 = select i1 %1295, float %1300, float 0xFFF0000000000000
	%1302 = shl i32 %17, 1
	%1303 = add i32 40, %1302
	%1304 = add i32 %472, %1303
	%1305 = mul i32 %NK, 64
	%1306 = sub i32 %1304, %1305
	%1307 = icmp ult i32 %1306, %NK
	%1308 = sub i32 %1304, %472
	%1309 = lshr i32 %1308, 5
	%1310 = icmp eq i32 %1309, 1
	%1311 = select i1 %1310, i32 %1061, i32 %1057
	%1312 = and i32 %1308, 31
	%1313 = lshr i32 %1311, %1312
	%1314 = and i32 %1313, 1
	%1315 = icmp ne i32 %1314, 0
	%1316 = and i1 %1307, %1315
	%1317 = fmul float 6.0, 0x40162E4300000000
	%1318 = add i32 %1306, 1
	%1319 = icmp eq i32 %1318, %NK
	%1320 = select i1 %1319, float %1048, float %1317
	%1321 = and i1 %1316, %337
	%1322 = fadd float %827, %1320
	%1323 = select i1 %1321, float %1322, float 0xFFF0000000000000
	%1324 = shl i32 %17, 1
	%1325 = add i32 41, %1324
	%1326 = add i32 %472, %1325
	%1327 = mul i32 %NK, 64
	%1328 = sub i32 %1326, %1327
	%1329 = icmp ult i32 %1328, %NK
	%1330 = sub i32 %1326, %472
	%1331 = lshr i32 %1330, 5
	%1332 = icmp eq i32 %1331, 1
	%1333 = select i1 %1332, i32 %1061, i32 %1057
	%1334 = and i32 %1330, 31
	%1335 = lshr i32 %1333, %1334
	%1336 = and i32 %1335, 1
	%1337 = icmp ne i32 %1336, 0
	%1338 = and i1 %1329, %1337
	%1339 = fmul float 6.0, 0x40162E4300000000
	%1340 = add i32 %1328, 1
	%1341 = icmp eq i32 %1340, %NK
	%1342 = select i1 %1341, float %1048, float %1339
	%1343 = and i1 %1338, %337
	%1344 = fadd float %828, %1342
	%1345 = select i1 %1343, float %1344, float 0xFFF0000000000000
	%1346 = fadd float %829, %1320
	%1347 = select i1 %1321, float %1346, float 0xFFF0000000000000
	%1348 = fadd float %830, %1342
	%1349 = select i1 %1343, float %1348, float 0xFFF0000000000000
	%1350 = shl i32 %17, 1
	%1351 = add i32 48, %1350
	%1352 = add i32 %472, %1351
	%1353 = mul i32 %NK, 64
	%1354 = sub i32 %1352, %1353
	%1355 = icmp ult i32 %1354, %NK
	%1356 = sub i32 %1352, %472
	%1357 = lshr i32 %1356, 5
	%1358 = icmp eq i32 %1357, 1
	%1359 = select i1 %1358, i32 %1061, i32 %1057
	%1360 = and i32 %1356, 31
	%1361 = lshr i32 %1359, %1360
	%1362 = and i32 %1361, 1
	%1363 = icmp ne i32 %1362, 0
	%1364 = and i1 %1355, %1363
	%1365 = fmul float 6.0, 0x40162E4300000000
	%1366 = add i32 %1354, 1
	%1367 = icmp eq i32 %1366, %NK
	%1368 = select i1 %1367, float %1048, float %1365
	%1369 = and i1 %1364, %337
	%1370 = fadd float %831, %1368
	%1371 = select i1 %1369, float %1370, float 0xFFF0000000000000
	%1372 = shl i32 %17, 1
	%1373 = add i32 49, %1372
	%1374 = add i32 %472, %1373
	%1375 = mul i32 %NK, 64
	%1376 = sub i32 %1374, %1375
	%1377 = icmp ult i32 %1376, %NK
	%1378 = sub i32 %1374, %472
	%1379 = lshr i32 %1378, 5
	%1380 = icmp eq i32 %1379, 1
	%1381 = select i1 %1380, i32 %1061, i32 %1057
	%1382 = and i32 %1378, 31
	%1383 = lshr i32 %1381, %1382
	%1384 = and i32 %1383, 1
	%1385 = icmp ne i32 %1384, 0
	%1386 = and i1 %1377, %1385
	%1387 = fmul float 6.0, 0x40162E4300000000
	%1388 = add i32 %1376, 1
	%1389 = icmp eq i32 %1388, %NK
	%1390 = select i1 %1389, float %1048, float %1387
	%1391 = and i1 %1386, %337
	%1392 = fadd float %832, %1390
	%1393 = select i1 %1391, float %1392, float 0xFFF0000000000000
	%1394 = fadd float %833, %1368
	%1395 = select i1 %1369, float %1394, float 0xFFF0000000000000
	%1396 = fadd float %834, %1390
	%1397 = select i1 %1391, float %1396, float 0xFFF0000000000000
	%1398 = shl i32 %17, 1
	%1399 = add i32 56, %1398
	%1400 = add i32 %472, %1399
	%1401 = mul i32 %NK, 64
	%1402 = sub i32 %1400, %1401
	%1403 = icmp ult i32 %1402, %NK
	%1404 = sub i32 %1400, %472
	%1405 = lshr i32 %1404, 5
	%1406 = icmp eq i32 %1405, 1
	%1407 = select i1 %1406, i32 %1061, i32 %1057
	%1408 = and i32 %1404, 31
	%1409 = lshr i32 %1407, %1408
	%1410 = and i32 %1409, 1
	%1411 = icmp ne i32 %1410, 0
	%1412 = and i1 %1403, %1411
	%1413 = fmul float 6.0, 0x40162E4300000000
	%1414 = add i32 %1402, 1
	%1415 = icmp eq i32 %1414, %NK
	%1416 = select i1 %1415, float %1048, float %1413
	%1417 = and i1 %1412, %337
	%1418 = fadd float %835, %1416
	%1419 = select i1 %1417, float %1418, float 0xFFF0000000000000
	%1420 = shl i32 %17, 1
	%1421 = add i32 57, %1420
	%1422 = add i32 %472, %1421
	%1423 = mul i32 %NK, 64
	%1424 = sub i32 %1422, %1423
	%1425 = icmp ult i32 %1424, %NK
	%1426 = sub i32 %1422, %472
	%1427 = lshr i32 %1426, 5
	%1428 = icmp eq i32 %1427, 1
	%1429 = select i1 %1428, i32 %1061, i32 %1057
	%1430 = and i32 %1426, 31
	%1431 = lshr i32 %1429, %1430
	%1432 = and i32 %1431, 1
	%1433 = icmp ne i32 %1432, 0
	%1434 = and i1 %1425, %1433
	%1435 = fmul float 6.0, 0x40162E4300000000
	%1436 = add i32 %1424, 1
	%1437 = icmp eq i32 %1436, %NK
	%1438 = select i1 %1437, float %1048, float %1435
	%1439 = and i1 %1434, %337
	%1440 = fadd float %836, %1438
	%1441 = select i1 %1439, float %1440, float 0xFFF0000000000000
	%1442 = fadd float %837, %1416
	%1443 = select i1 %1417, float %1442, float 0xFFF0000000000000
	%1444 = fadd float %838, %1438
	%1445 = select i1 %1439, float %1444, float 0xFFF0000000000000
	br label %softmax

classify:
	%1446 = add i32 %71, %336
	%1447 = sext i32 %1446 to i64
	%1448 = getelementptr i8, i8* %cls, i64 %1447
	%1449 = load i8, i8* %1448
	%1450 = icmp ne i8 %1449, 2
	%1451 = xor i1 %337, true
	%1452 = or i1 %1450, %1451
	br i1 %1452, label %partial, label %softmax

partial:
	%1453 = shl i32 %17, 1
	%1454 = add i32 0, %1453
	%1455 = add i32 %472, %1454
	%1456 = icmp slt i32 %1455, %N
	%1457 = and i1 %1456, %337
	%1458 = select i1 %1457, i32 %1455, i32 0
	%1459 = sitofp i32 %845 to float
	%1460 = sitofp i32 %1458 to float
	%1461 = fcmp ole float %1460, %1459
	%1462 = uitofp i1 %1461 to float
	%1463 = fcmp une float %1462, 0.0
	%1464 = and i1 %1457, %1463
	%1465 = select i1 %1464, float %807, float 0xFFF0000000000000
	%1466 = shl i32 %17, 1
	%1467 = add i32 1, %1466
	%1468 = add i32 %472, %1467
	%1469 = icmp slt i32 %1468, %N
	%1470 = and i1 %1469, %337
	%1471 = select i1 %1470, i32 %1468, i32 0
	%1472 = sitofp i32 %845 to float
	%1473 = sitofp i32 %1471 to float
	%1474 = fcmp ole float %1473, %1472
	%1475 = uitofp i1 %1474 to float
	%1476 = fcmp une float %1475, 0.0
	%1477 = and i1 %1470, %1476
	%1478 = select i1 %1477, float %808, float 0xFFF0000000000000
	%1479 = shl i32 %17, 1
	%1480 = add i32 0, %1479
	%1481 = add i32 %472, %1480
	%1482 = icmp slt i32 %1481, %N
	%1483 = and i1 %1482, %337
	%1484 = select i1 %1483, i32 %1481, i32 0
	%1485 = sitofp i32 %849 to float
	%1486 = sitofp i32 %1484 to float
	%1487 = fcmp ole float %1486, %1485
	%1488 = uitofp i1 %1487 to float
	%1489 = fcmp une float %1488, 0.0
	%1490 = and i1 %1483, %1489
	%1491 = select i1 %1490, float %809, float 0xFFF0000000000000
	%1492 = shl i32 %17, 1
	%1493 = add i32 1, %1492
	%1494 = add i32 %472, %1493
	%1495 = icmp slt i32 %1494, %N
	%1496 = and i1 %1495, %337
	%1497 = select i1 %1496, i32 %1494, i32 0
	%1498 = sitofp i32 %849 to float
	%1499 = sitofp i32 %1497 to float
	%1500 = fcmp ole float %1499, %1498
	%1501 = uitofp i1 %1500 to float
	%1502 = fcmp une float %1501, 0.0
	%1503 = and i1 %1496, %1502
	%1504 = select i1 %1503, float %810, float 0xFFF0000000000000
	%1505 = shl i32 %17, 1
	%1506 = add i32 8, %1505
	%1507 = add i32 %472, %1506
	%1508 = icmp slt i32 %1507, %N
	%1509 = and i1 %1508, %337
	%1510 = select i1 %1509, i32 %1507, i32 0
	%1511 = sitofp i32 %845 to float
	%1512 = sitofp i32 %1510 to float
	%1513 = fcmp ole float %1512, %1511
	%1514 = uitofp i1 %1513 to float
	%1515 = fcmp une float %1514, 0.0
	%1516 = and i1 %1509, %1515
	%1517 = select i1 %1516, float %811, float 0xFFF0000000000000
	%1518 = shl i32 %17, 1
	%1519 = add i32 9, %1518
	%1520 = add i32 %472, %1519
	%1521 = icmp slt i32 %1520, %N
	%1522 = and i1 %1521, %337
	%1523 = select i1 %1522, i32 %1520, i32 0
	%1524 = sitofp i32 %845 to float
	%1525 = sitofp i32 %1523 to float
	%1526 = fcmp ole float %1525, %1524
	%1527 = uitofp i1 %1526 to float
	%1528 = fcmp une float %1527, 0.0
	%1529 = and i1 %1522, %1528
	%1530 = select i1 %1529, float %812, float 0xFFF0000000000000
	%1531 = shl i32 %17, 1
	%1532 = add i32 8, %1531
	%1533 = add i32 %472, %1532
	%1534 = icmp slt i32 %1533, %N
	%1535 = and i1 %1534, %337
	%1536 = select i1 %1535, i32 %1533, i32 0
	%1537 = sitofp i32 %849 to float
	%1538 = sitofp i32 %1536 to float
	%1539 = fcmp ole float %1538, %1537
	%1540 = uitofp i1 %1539 to float
	%1541 = fcmp une float %1540, 0.0
	%1542 = and i1 %1535, %1541
	%1543 = select i1 %1542, float %813, float 0xFFF0000000000000
	%1544 = shl i32 %17, 1
	%1545 = add i32 9, %1544
	%1546 = add i32 %472, %1545
	%1547 = icmp slt i32 %1546, %N
	%1548 = and i1 %1547, %337
	%1549 = select i1 %1548, i32 %1546, i32 0
	%1550 = sitofp i32 %849 to float
	%1551 = sitofp i32 %1549 to float
	%1552 = fcmp ole float %1551, %1550
	%1553 = uitofp i1 %1552 to float
	%1554 = fcmp une float %1553, 0.0
	%1555 = and i1 %1548, %1554
	%1556 = select i1 %1555, float %814, float 0xFFF0000000000000
	%1557 = shl i32 %17, 1
	%1558 = add i32 16, %1557
	%1559 = add i32 %472, %1558
	%1560 = icmp slt i32 %1559, %N
	%1561 = and i1 %1560, %337
	%1562 = select i1 %1561, i32 %1559, i32 0
	%1563 = sitofp i32 %845 to float
	%1564 = sitofp i32 %1562 to float
	%1565 = fcmp ole float %1564, %1563
	%1566 = uitofp i1 %1565 to float
	%1567 = fcmp une float %1566, 0.0
	%1568 = and i1 %1561, %1567
	%1569 = select i1 %1568, float %815, float 0xFFF0000000000000
	%1570 = shl i32 %17, 1
	%1571 = add i32 17, %1570
	%1572 = add i32 %472, %1571
	%1573 = icmp slt i32 %1572, %N
	%1574 = and i1 %1573, %337
	%1575 = select i1 %1574, i32 %1572, i32 0
	%1576 = sitofp i32 %845 to float
	%1577 = sitofp i32 %1575 to float
	%1578 = fcmp ole float %1577, %1576
	%1579 = uitofp i1 %1578 to float
	%1580 = fcmp une float %1579, 0.0
	%1581 = and i1 %1574, %1580
	%1582 = select i1 %1581, float %816, float 0xFFF0000000000000
	%1583 = shl i32 %17, 1
	%1584 = add i32 16, %1583
	%1585 = add i32 %472, %1584
	%1586 = icmp slt i32 %1585, %N
	%1587 = and i1 %1586, %337
	%1588 = select i1 %1587, i32 %1585, i32 0
	%1589 = sitofp i32 %849 to float
	%1590 = sitofp i32 %1588 to float
	%1591 = fcmp ole float %1590, %1589
	%1592 = uitofp i1 %1591 to float
	%1593 = fcmp une float %1592, 0.0
	%1594 = and i1 %1587, %1593
	%1595 = select i1 %1594, float %817, float 0xFFF0000000000000
	%1596 = shl i32 %17, 1
	%1597 = add i32 17, %1596
	%1598 = add i32 %472, %1597
	%1599 = icmp slt i32 %1598, %N
	%1600 = and i1 %1599, %337
	%1601 = select i1 %1600, i32 %1598, i32 0
	%1602 = sitofp i32 %849 to float
	%1603 = sitofp i32 %1601 to float
	%1604 = fcmp ole float %1603, %1602
	%1605 = uitofp i1 %1604 to float
	%1606 = fcmp une float %1605, 0.0
	%1607 = and i1 %1600, %1606
	%1608 = select i1 %1607, float %818, float 0xFFF0000000000000
	%1609 = shl i32 %17, 1
	%1610 = add i32 24, %1609
	%1611 = add i32 %472, %1610
	%1612 = icmp slt i32 %1611, %N
	%1613 = and i1 %1612, %337
	%1614 = select i1 %1613, i32 %1611, i32 0
	%1615 = sitofp i32 %845 to float
	%1616 = sitofp i32 %1614 to float
	%1617 = fcmp ole float %1616, %1615
	%1618 = uitofp i1 %1617 to float
	%1619 = fcmp une float %1618, 0.0
	%1620 = and i1 %1613, %1619
	%1621 = select i1 %1620, float %819, float 0xFFF0000000000000
	%1622 = shl i32 %17, 1
	%1623 = add i32 25, %1622
	%1624 = add i32 %472, %1623
	%1625 = icmp slt i32 %1624, %N
	%1626 = and i1 %1625, %337
	%1627 = select i1 %1626, i32 %1624, i32 0
	%1628 = sitofp i32 %845 to float
	%1629 = sitofp i32 %1627 to float
	%1630 = fcmp ole float %1629, %1628
	%1631 = uitofp i1 %1630 to float
	%1632 = fcmp une float %1631, 0.0
	%1633 = and i1 %1626, %1632
	%1634 = select i1 %1633, float %820, float 0xFFF0000000000000
	%1635 = shl i32 %17, 1
	%1636 = add i32 24, %1635
	%1637 = add i32 %472, %1636
	%1638 = icmp slt i32 %1637, %N
	%1639 = and i1 %1638, %337
	%1640 = select i1 %1639, i32 %1637, i32 0
	%1641 = sitofp i32 %849 to float
	%1642 = sitofp i32 %1640 to float
	%1643 = fcmp ole float %1642, %1641
	%1644 = uitofp i1 %1643 to float
	%1645 = fcmp une float %1644, 0.0
	%1646 = and i1 %1639, %1645
	%1647 = select i1 %1646, float %821, float 0xFFF0000000000000
	%1648 = shl i32 %17, 1
	%1649 = add i32 25, %1648
	%1650 = add i32 %472, %1649
	%1651 = icmp slt i32 %1650, %N
	%1652 = and i1 %1651, %337
	%1653 = select i1 %1652, i32 %1650, i32 0
	%1654 = sitofp i32 %849 to float
	%1655 = sitofp i32 %1653 to float
	%1656 = fcmp ole float %1655, %1654
	%1657 = uitofp i1 %1656 to float
	%1658 = fcmp une float %1657, 0.0
	%1659 = and i1 %1652, %1658
	%1660 = select i1 %1659, float %822, float 0xFFF0000000000000
	%1661 = shl i32 %17, 1
	%1662 = add i32 32, %1661
	%1663 = add i32 %472, %1662
	%1664 = icmp slt i32 %1663, %N
	%1665 = and i1 %1664, %337
	%1666 = select i1 %1665, i32 %1663, i32 0
	%1667 = sitofp i32 %845 to float
	%1668 = sitofp i32 %1666 to float
	%1669 = fcmp ole float %1668, %1667
	%1670 = uitofp i1 %1669 to float
	%1671 = fcmp une float %1670, 0.0
	%1672 = and i1 %1665, %1671
	%1673 = select i1 %1672, float %823, float 0xFFF0000000000000
	%1674 = shl i32 %17, 1
	%1675 = add i32 33, %1674
	%1676 = add i32 %472, %1675
	%1677 = icmp slt i32 %1676, %N
	%1678 = and i1 %1677, %337
	%1679 = select i1 %1678, i32 %1676, i32 0
	%1680 = sitofp i32 %845 to float
	%1681 = sitofp i32 %1679 to float
	%1682 = fcmp ole float %1681, %1680
	%1683 = uitofp i1 %1682 to float
	%1684 = fcmp une float %1683, 0.0
	%1685 = and i1 %1678, %1684
	%1686 = select i1 %1685, float %824, float 0xFFF0000000000000
	%1687 = shl i32 %17, 1
	%1688 = add i32 32, %1687
	%1689 = add i32 %472, %1688
	%1690 = icmp slt i32 %1689, %N
	%1691 = and i1 %1690, %337
	%1692 = select i1 %1691, i32 %1689, i32 0
	%1693 = sitofp i32 %849 to float
	%1694 = sitofp i32 %1692 to float
	%1695 = fcmp ole float %1694, %1693
	%1696 = uitofp i1 %1695 to float
	%1697 = fcmp une float %1696, 0.0
	%1698 = and i1 %1691, %1697
	%1699 = select i1 %1698, float %825, float 0xFFF0000000000000
	%1700 = shl i32 %17, 1
	%1701 = add i32 33, %1700
	%1702 = add i32 %472, %1701
	%1703 = icmp slt i32 %1702, %N
	%1704 = and i1 %1703, %337
	%1705 = select i1 %1704, i32 %1702, i32 0
	%1706 = sitofp i32 %849 to float
	%1707 = sitofp i32 %1705 to float
	%1708 = fcmp ole float %1707, %1706
	%1709 = uitofp i1 %1708 to float
	%1710 = fcmp une float %1709, 0.0
	%1711 = and i1 %1704, %1710
	%1712 = select i1 %1711, float %826, float 0xFFF0000000000000
	%1713 = shl i32 %17, 1
	%1714 = add i32 40, %1713
	%1715 = add i32 %472, %1714
	%1716 = icmp slt i32 %1715, %N
	%1717 = and i1 %1716, %337
	%1718 = select i1 %1717, i32 %1715, i32 0
	%1719 = sitofp i32 %845 to float
	%1720 = sitofp i32 %1718 to float
	%1721 = fcmp ole float %1720, %1719
	%1722 = uitofp i1 %1721 to float
	%1723 = fcmp une float %1722, 0.0
	%1724 = and i1 %1717, %1723
	%1725 = select i1 %1724, float %827, float 0xFFF0000000000000
	%1726 = shl i32 %17, 1
	%1727 = add i32 41, %1726
	%1728 = add i32 %472, %1727
	%1729 = icmp slt i32 %1728, %N
	%1730 = and i1 %1729, %337
	%1731 = select i1 %1730, i32 %1728, i32 0
	%1732 = sitofp i32 %845 to float
	%1733 = sitofp i32 %1731 to float
	%1734 = fcmp ole float %1733, %1732
	%1735 = uitofp i1 %1734 to float
	%1736 = fcmp une float %1735, 0.0
	%1737 = and i1 %1730, %1736
	%1738 = select i1 %1737, float %828, float 0xFFF0000000000000
	%1739 = shl i32 %17, 1
	%1740 = add i32 40, %1739
	%1741 = add i32 %472, %1740
	%1742 = icmp slt i32 %1741, %N
	%1743 = and i1 %1742, %337
	%1744 = select i1 %1743, i32 %1741, i32 0
	%1745 = sitofp i32 %849 to float
	%1746 = sitofp i32 %1744 to float
	%1747 = fcmp ole float %1746, %1745
	%1748 = uitofp i1 %1747 to float
	%1749 = fcmp une float %1748, 0.0
	%1750 = and i1 %1743, %1749
	%1751 = select i1 %1750, float %829, float 0xFFF0000000000000
	%1752 = shl i32 %17, 1
	%1753 = add i32 41, %1752
	%1754 = add i32 %472, %1753
	%1755 = icmp slt i32 %1754, %N
	%1756 = and i1 %1755, %337
	%1757 = select i1 %1756, i32 %1754, i32 0
	%1758 = sitofp i32 %849 to float
	%1759 = sitofp i32 %1757 to float
	%1760 = fcmp ole float %1759, %1758
	%1761 = uitofp i1 %1760 to float
	%1762 = fcmp une float %1761, 0.0
	%1763 = and i1 %1756, %1762
	%1764 = select i1 %1763, float %830, float 0xFFF0000000000000
	%1765 = shl i32 %17, 1
	%1766 = add i32 48, %1765
	%1767 = add i32 %472, %1766
	%1768 = icmp slt i32 %1767, %N
	%1769 = and i1 %1768, %337
	%1770 = select i1 %1769, i32 %1767, i32 0
	%1771 = sitofp i32 %845 to float
	%1772 = sitofp i32 %1770 to float
	%1773 = fcmp ole float %1772, %1771
	%1774 = uitofp i1 %1773 to float
	%1775 = fcmp une float %1774, 0.0
	%1776 = and i1 %1769, %1775
	%1777 = select i1 %1776, float %831, float 0xFFF0000000000000
	%1778 = shl i32 %17, 1
	%1779 = add i32 49, %1778
	%1780 = add i32 %472, %1779
	%1781 = icmp slt i32 %1780, %N
	%1782 = and i1 %1781, %337
	%1783 = select i1 %1782, i32 %1780, i32 0
	%1784 = sitofp i32 %845 to float
	%1785 = sitofp i32 %1783 to float
	%1786 = fcmp ole float %1785, %1784
	%1787 = uitofp i1 %1786 to float
	%1788 = fcmp une float %1787, 0.0
	%1789 = and i1 %1782, %1788
	%1790 = select i1 %1789, float %832, float 0xFFF0000000000000
	%1791 = shl i32 %17, 1
	%1792 = add i32 48, %1791
	%1793 = add i32 %472, %1792
	%1794 = icmp slt i32 %1793, %N
	%1795 = and i1 %1794, %337
	%1796 = select i1 %1795, i32 %1793, i32 0
	%1797 = sitofp i32 %849 to float
	%1798 = sitofp i32 %1796 to float
	%1799 = fcmp ole float %1798, %1797
	%1800 = uitofp i1 %1799 to float
	%1801 = fcmp une float %1800, 0.0
	%1802 = and i1 %1795, %1801
	%1803 = select i1 %1802, float %833, float 0xFFF0000000000000
	%1804 = shl i32 %17, 1
	%1805 = add i32 49, %1804
	%1806 = add i32 %472, %1805
	%1807 = icmp slt i32 %1806, %N
	%1808 = and i1 %1807, %337
	%1809 = select i1 %1808, i32 %1806, i32 0
	%1810 = sitofp i32 %849 to float
	%1811 = sitofp i32 %1809 to float
	%1812 = fcmp ole float %1811, %1810
	%1813 = uitofp i1 %1812 to float
	%1814 = fcmp une float %1813, 0.0
	%1815 = and i1 %1808, %1814
	%1816 = select i1 %1815, float %834, float 0xFFF0000000000000
	%1817 = shl i32 %17, 1
	%1818 = add i32 56, %1817
	%1819 = add i32 %472, %1818
	%1820 = icmp slt i32 %1819, %N
	%1821 = and i1 %1820, %337
	%1822 = select i1 %1821, i32 %1819, i32 0
	%1823 = sitofp i32 %845 to float
	%1824 = sitofp i32 %1822 to float
	%1825 = fcmp ole float %1824, %1823
	%1826 = uitofp i1 %1825 to float
	%1827 = fcmp une float %1826, 0.0
	%1828 = and i1 %1821, %1827
	%1829 = select i1 %1828, float %835, float 0xFFF0000000000000
	%1830 = shl i32 %17, 1
	%1831 = add i32 57, %1830
	%1832 = add i32 %472, %1831
	%1833 = icmp slt i32 %1832, %N
	%1834 = and i1 %1833, %337
	%1835 = select i1 %1834, i32 %1832, i32 0
	%1836 = sitofp i32 %845 to float
	%1837 = sitofp i32 %1835 to float
	%1838 = fcmp ole float %1837, %1836
	%1839 = uitofp i1 %1838 to float
	%1840 = fcmp une float %1839, 0.0
	%1841 = and i1 %1834, %1840
	%1842 = select i1 %1841, float %836, float 0xFFF0000000000000
	%1843 = shl i32 %17, 1
	%1844 = add i32 56, %1843
	%1845 = add i32 %472, %1844
	%1846 = icmp slt i32 %1845, %N
	%1847 = and i1 %1846, %337
	%1848 = select i1 %1847, i32 %1845, i32 0
	%1849 = sitofp i32 %849 to float
	%1850 = sitofp i32 %1848 to float
	%1851 = fcmp ole float %1850, %1849
	%1852 = uitofp i1 %1851 to float
	%1853 = fcmp une float %1852, 0.0
	%1854 = and i1 %1847, %1853
	%1855 = select i1 %1854, float %837, float 0xFFF0000000000000
	%1856 = shl i32 %17, 1
	%1857 = add i32 57, %1856
	%1858 = add i32 %472, %1857
	%1859 = icmp slt i32 %1858, %N
	%1860 = and i1 %1859, %337
	%1861 = select i1 %1860, i32 %1858, i32 0
	%1862 = sitofp i32 %849 to float
	%1863 = sitofp i32 %1861 to float
	%1864 = fcmp ole float %1863, %1862
	%1865 = uitofp i1 %1864 to float
	%1866 = fcmp une float %1865, 0.0
	%1867 = and i1 %1860, %1866
	%1868 = select i1 %1867, float %838, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1869 = phi float [ %807, %classify ], [ %1465, %partial ], [ %1083, %meankeys ]
	%1870 = phi float [ %808, %classify ], [ %1478, %partial ], [ %1105, %meankeys ]
	%1871 = phi float [ %809, %classify ], [ %1491, %partial ], [ %1107, %meankeys ]
	%1872 = phi float [ %810, %classify ], [ %1504, %partial ], [ %1109, %meankeys ]
	%1873 = phi float [ %811, %classify ], [ %1517, %partial ], [ %1131, %meankeys ]
	%1874 = phi float [ %812, %classify ], [ %1530, %partial ], [ %1153, %meankeys ]
	%1875 = phi float [ %813, %classify ], [ %1543, %partial ], [ %1155, %meankeys ]
	%1876 = phi float [ %814, %classify ], [ %1556, %partial ], [ %1157, %meankeys ]
	%1877 = phi float [ %815, %classify ], [ %1569, %partial ], [ %1179, %meankeys ]
	%1878 = phi float [ %816, %classify ], [ %1582, %partial ], [ %1201, %meankeys ]
	%1879 = phi float [ %817, %classify ], [ %1595, %partial ], [ %1203, %meankeys ]
	%1880 = phi float [ %818, %classify ], [ %1608, %partial ], [ %1205, %meankeys ]
	%1881 = phi float [ %819, %classify ], [ %1621, %partial ], [ %1227, %meankeys ]
	%1882 = phi float [ %820, %classify ], [ %1634, %partial ], [ %1249, %meankeys ]
	%1883 = phi float [ %821, %classify ], [ %1647, %partial ], [ %1251, %meankeys ]
	%1884 = phi float [ %822, %classify ], [ %1660, %partial ], [ %1253, %meankeys ]
	%1885 = phi float [ %823, %classify ], [ %1673, %partial ], [ %1275, %meankeys ]
	%1886 = phi float [ %824, %classify ], [ %1686, %partial ], [ %1297, %meankeys ]
	%1887 = phi float [ %825, %classify ], [ %1699, %partial ], [ %1299, %meankeys ]
	%1888 = phi float [ %826, %classify ], [ %1712, %partial ], [ %1301, %meankeys ]
	%1889 = phi float [ %827, %classify ], [ %1725, %partial ], [ %1323, %meankeys ]
	%1890 = phi float [ %828, %classify ], [ %1738, %partial ], [ %1345, %meankeys ]
	%1891 = phi float [ %829, %classify ], [ %1751, %partial ], [ %1347, %meankeys ]
	%1892 = phi float [ %830, %classify ], [ %1764, %partial ], [ %1349, %meankeys ]
	%1893 = phi float [ %831, %classify ], [ %1777, %partial ], [ %1371, %meankeys ]
	%1894 = phi float [ %832, %classify ], [ %1790, %partial ], [ %1393, %meankeys ]
	%1895 = phi float [ %833, %classify ], [ %1803, %partial ], [ %1395, %meankeys ]
	%1896 = phi float [ %834, %classify ], [ %1816, %partial ], [ %1397, %meankeys ]
	%1897 = phi float [ %835, %classify ], [ %1829, %partial ], [ %1419, %meankeys ]
	%1898 = phi float [ %836, %classify ], [ %1842, %partial ], [ %1441, %meankeys ]
	%1899 = phi float [ %837, %classify ], [ %1855, %partial ], [ %1443, %meankeys ]
	%1900 = phi float [ %838, %classify ], [ %1868, %partial ], [ %1445, %meankeys ]
	%1901 = call float @llvm.nvvm.fmax.f(float %1869, float %1870)
	%1902 = call float @llvm.nvvm.fmax.f(float %1873, float %1874)
	%1903 = call float @llvm.nvvm.fmax.f(float %1877, float %1878)
	%1904 = call float @llvm.nvvm.fmax.f(float %1881, float %1882)
	%1905 = call float @llvm.nvvm.fmax.f(float %1885, float %1886)
	%1906 = call float @llvm.nvvm.fmax.f(float %1889, float %1890)
	%1907 = call float @llvm.nvvm.fmax.f(float %1893, float %1894)
	%1908 = call float @llvm.nvvm.fmax.f(float %1897, float %1898)
	%1909 = call float @llvm.nvvm.fmax.f(float %1901, float %1902)
	%1910 = call float @llvm.nvvm.fmax.f(float %1903, float %1904)
	%1911 = call float @llvm.nvvm.fmax.f(float %1905, float %1906)
	%1912 = call float @llvm.nvvm.fmax.f(float %1907, float %1908)
	%1913 = call float @llvm.nvvm.fmax.f(float %1909, float %1910)
	%1914 = call float @llvm.nvvm.fmax.f(float %1911, float %1912)
	%1915 = call float @llvm.nvvm.fmax.f(float %1913, float %1914)
	%1916 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1915, i32 1, i32 31)
	%1917 = call float @llvm.nvvm.fmax.f(float %1915, float %1916)
	%1918 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1917, i32 2, i32 31)
	%1919 = call float @llvm.nvvm.fmax.f(float %1917, float %1918)
	%1920 = fmul float %1919, 0x3FC7154760000000
	%1921 = call float @llvm.nvvm.fmax.f(float %371, float %1920)
	%1922 = fadd float %371, 8.0
	%1923 = fcmp ogt float %1921, %1922
	%1924 = or i1 false, %1923
	%1925 = call float @llvm.nvvm.fmax.f(float %1871, float %1872)
	%1926 = call float @llvm.nvvm.fmax.f(float %1875, float %1876)
	%1927 = call float @llvm.nvvm.fmax.f(float %1879, float %1880)
	%1928 = call float @llvm.nvvm.fmax.f(float %1883, float %1884)
	%1929 = call float @llvm.nvvm.fmax.f(float %1887, float %1888)
	%1930 = call float @llvm.nvvm.fmax.f(float %1891, float %1892)
	%1931 = call float @llvm.nvvm.fmax.f(float %1895, float %1896)
	%1932 = call float @llvm.nvvm.fmax.f(float %1899, float %1900)
	%1933 = call float @llvm.nvvm.fmax.f(float %1925, float %1926)
	%1934 = call float @llvm.nvvm.fmax.f(float %1927, float %1928)
	%1935 = call float @llvm.nvvm.fmax.f(float %1929, float %1930)
	%1936 = call float @llvm.nvvm.fmax.f(float %1931, float %1932)
	%1937 = call float @llvm.nvvm.fmax.f(float %1933, float %1934)
	%1938 = call float @llvm.nvvm.fmax.f(float %1935, float %1936)
	%1939 = call float @llvm.nvvm.fmax.f(float %1937, float %1938)
	%1940 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1939, i32 1, i32 31)
	%1941 = call float @llvm.nvvm.fmax.f(float %1939, float %1940)
	%1942 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1941, i32 2, i32 31)
	%1943 = call float @llvm.nvvm.fmax.f(float %1941, float %1942)
	%1944 = fmul float %1943, 0x3FC7154760000000
	%1945 = call float @llvm.nvvm.fmax.f(float %373, float %1944)
	%1946 = fadd float %373, 8.0
	%1947 = fcmp ogt float %1945, %1946
	%1948 = or i1 %1924, %1947
	%1949 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1948)
	br i1 %1949, label %1950, label %1961

1950:
	%1951 = fcmp oeq float %1921, 0xFFF0000000000000
	%1952 = select i1 %1951, float 0.0, float %1921
	%1953 = fsub float %371, %1952
	%1954 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1953)
	%1955 = fcmp oeq float %1945, 0xFFF0000000000000
	%1956 = select i1 %1955, float 0.0, float %1945
	%1957 = fsub float %373, %1956
	%1958 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1957)
	%1959 = fmul float %372, %1954
	%1960 = fmul float %374, %1958
	br label %1961

1961:
	%1962 = phi float [ %372, %softmax ], [ %1959, %1950 ]
	%1963 = phi float [ %374, %softmax ], [ %1960, %1950 ]
	%1964 = phi float [ 1.0, %softmax ], [ %1954, %1950 ]
	%1965 = phi float [ 1.0, %softmax ], [ %1958, %1950 ]
	%1966 = select i1 %1949, float %1921, float %371
	%1967 = fcmp oeq float %1966, 0xFFF0000000000000
	%1968 = select i1 %1967, float 0.0, float %1966
	%1969 = fneg float %1968
	%1970 = call float @llvm.fma.f32(float %1869, float 0x3FC7154760000000, float %1969)
	%1971 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1970)
	%1972 = call float @llvm.fma.f32(float %1870, float 0x3FC7154760000000, float %1969)
	%1973 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1972)
	%1974 = call float @llvm.fma.f32(float %1873, float 0x3FC7154760000000, float %1969)
	%1975 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1974)
	%1976 = call float @llvm.fma.f32(float %1874, float 0x3FC7154760000000, float %1969)
	%1977 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1976)
	%1978 = call float @llvm.fma.f32(float %1877, float 0x3FC7154760000000, float %1969)
	%1979 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1978)
	%1980 = call float @llvm.fma.f32(float %1878, float 0x3FC7154760000000, float %1969)
	%1981 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1980)
	%1982 = call float @llvm.fma.f32(float %1881, float 0x3FC7154760000000, float %1969)
	%1983 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1982)
	%1984 = call float @llvm.fma.f32(float %1882, float 0x3FC7154760000000, float %1969)
	%1985 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1984)
	%1986 = call float @llvm.fma.f32(float %1885, float 0x3FC7154760000000, float %1969)
	%1987 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1986)
	%1988 = call float @llvm.fma.f32(float %1886, float 0x3FC7154760000000, float %1969)
	%1989 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1988)
	%1990 = call float @llvm.fma.f32(float %1889, float 0x3FC7154760000000, float %1969)
	%1991 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1990)
	%1992 = call float @llvm.fma.f32(float %1890, float 0x3FC7154760000000, float %1969)
	%1993 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1992)
	%1994 = call float @llvm.fma.f32(float %1893, float 0x3FC7154760000000, float %1969)
	%1995 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1994)
	%1996 = call float @llvm.fma.f32(float %1894, float 0x3FC7154760000000, float %1969)
	%1997 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1996)
	%1998 = call float @llvm.fma.f32(float %1897, float 0x3FC7154760000000, float %1969)
	%1999 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1998)
	%2000 = call float @llvm.fma.f32(float %1898, float 0x3FC7154760000000, float %1969)
	%2001 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2000)
	%2002 = fadd float %1971, %1973
	%2003 = fadd float %1975, %1977
	%2004 = fadd float %1979, %1981
	%2005 = fadd float %1983, %1985
	%2006 = fadd float %1987, %1989
	%2007 = fadd float %1991, %1993
	%2008 = fadd float %1995, %1997
	%2009 = fadd float %1999, %2001
	%2010 = fadd float %2002, %2003
	%2011 = fadd float %2004, %2005
	%2012 = fadd float %2006, %2007
	%2013 = fadd float %2008, %2009
	%2014 = fadd float %2010, %2011
	%2015 = fadd float %2012, %2013
	%2016 = fadd float %2014, %2015
	%2017 = fadd float %1962, %2016
	%2018 = select i1 %1949, float %1945, float %373
	%2019 = fcmp oeq float %2018, 0xFFF0000000000000
	%2020 = select i1 %2019, float 0.0, float %2018
	%2021 = fneg float %2020
	%2022 = call float @llvm.fma.f32(float %1871, float 0x3FC7154760000000, float %2021)
	%2023 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2022)
	%2024 = call float @llvm.fma.f32(float %1872, float 0x3FC7154760000000, float %2021)
	%2025 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2024)
	%2026 = call float @llvm.fma.f32(float %1875, float 0x3FC7154760000000, float %2021)
	%2027 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2026)
	%2028 = call float @llvm.fma.f32(float %1876, float 0x3FC7154760000000, float %2021)
	%2029 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2028)
	%2030 = call float @llvm.fma.f32(float %1879, float 0x3FC7154760000000, float %2021)
	%2031 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2030)
	%2032 = call float @llvm.fma.f32(float %1880, float 0x3FC7154760000000, float %2021)
	%2033 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2032)
	%2034 = call float @llvm.fma.f32(float %1883, float 0x3FC7154760000000, float %2021)
	%2035 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2034)
	%2036 = call float @llvm.fma.f32(float %1884, float 0x3FC7154760000000, float %2021)
	%2037 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2036)
	%2038 = call float @llvm.fma.f32(float %1887, float 0x3FC7154760000000, float %2021)
	%2039 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2038)
	%2040 = call float @llvm.fma.f32(float %1888, float 0x3FC7154760000000, float %2021)
	%2041 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2040)
	%2042 = call float @llvm.fma.f32(float %1891, float 0x3FC7154760000000, float %2021)
	%2043 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2042)
	%2044 = call float @llvm.fma.f32(float %1892, float 0x3FC7154760000000, float %2021)
	%2045 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2044)
	%2046 = call float @llvm.fma.f32(float %1895, float 0x3FC7154760000000, float %2021)
	%2047 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2046)
	%2048 = call float @llvm.fma.f32(float %1896, float 0x3FC7154760000000, float %2021)
	%2049 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2048)
	%2050 = call float @llvm.fma.f32(float %1899, float 0x3FC7154760000000, float %2021)
	%2051 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2050)
	%2052 = call float @llvm.fma.f32(float %1900, float 0x3FC7154760000000, float %2021)
	%2053 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2052)
	%2054 = fadd float %2023, %2025
	%2055 = fadd float %2027, %2029
	%2056 = fadd float %2031, %2033
	%2057 = fadd float %2035, %2037
	%2058 = fadd float %2039, %2041
	%2059 = fadd float %2043, %2045
	%2060 = fadd float %2047, %2049
	%2061 = fadd float %2051, %2053
	%2062 = fadd float %2054, %2055
	%2063 = fadd float %2056, %2057
	%2064 = fadd float %2058, %2059
	%2065 = fadd float %2060, %2061
	%2066 = fadd float %2062, %2063
	%2067 = fadd float %2064, %2065
	%2068 = fadd float %2066, %2067
	%2069 = fadd float %1963, %2068
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%2070 = call float asm sideeffect "", "=f,0"(float %774)
	%2071 = call float asm sideeffect "", "=f,0"(float %775)
	%2072 = call float asm sideeffect "", "=f,0"(float %776)
	%2073 = call float asm sideeffect "", "=f,0"(float %777)
	%2074 = call float asm sideeffect "", "=f,0"(float %778)
	%2075 = call float asm sideeffect "", "=f,0"(float %779)
	%2076 = call float asm sideeffect "", "=f,0"(float %780)
	%2077 = call float asm sideeffect "", "=f,0"(float %781)
	%2078 = call float asm sideeffect "", "=f,0"(float %782)
	%2079 = call float asm sideeffect "", "=f,0"(float %783)
	%2080 = call float asm sideeffect "", "=f,0"(float %784)
	%2081 = call float asm sideeffect "", "=f,0"(float %785)
	%2082 = call float asm sideeffect "", "=f,0"(float %786)
	%2083 = call float asm sideeffect "", "=f,0"(float %787)
	%2084 = call float asm sideeffect "", "=f,0"(float %788)
	%2085 = call float asm sideeffect "", "=f,0"(float %789)
	%2086 = call float asm sideeffect "", "=f,0"(float %790)
	%2087 = call float asm sideeffect "", "=f,0"(float %791)
	%2088 = call float asm sideeffect "", "=f,0"(float %792)
	%2089 = call float asm sideeffect "", "=f,0"(float %793)
	%2090 = call float asm sideeffect "", "=f,0"(float %794)
	%2091 = call float asm sideeffect "", "=f,0"(float %795)
	%2092 = call float asm sideeffect "", "=f,0"(float %796)
	%2093 = call float asm sideeffect "", "=f,0"(float %797)
	%2094 = call float asm sideeffect "", "=f,0"(float %798)
	%2095 = call float asm sideeffect "", "=f,0"(float %799)
	%2096 = call float asm sideeffect "", "=f,0"(float %800)
	%2097 = call float asm sideeffect "", "=f,0"(float %801)
	%2098 = call float asm sideeffect "", "=f,0"(float %802)
	%2099 = call float asm sideeffect "", "=f,0"(float %803)
	%2100 = call float asm sideeffect "", "=f,0"(float %804)
	%2101 = call float asm sideeffect "", "=f,0"(float %805)
	%2102 = mul i32 %478, 32
	%2103 = add i32 %107, %2102
	%2104 = add i32 %2103, 16
	%2105 = add i32 %2104, 8
	%2106 = zext i1 %338 to i32
	call void asm sideeffect "{ .reg .pred p; .reg .b64 st; setp.ne.b32 p, $1, 0; @p mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r,r"(i32 %2105, i32 %2106)
	br i1 %1949, label %2107, label %2140

2107:
	%2108 = fmul float %2070, %1964
	%2109 = fmul float %2071, %1964
	%2110 = fmul float %2072, %1965
	%2111 = fmul float %2073, %1965
	%2112 = fmul float %2074, %1964
	%2113 = fmul float %2075, %1964
	%2114 = fmul float %2076, %1965
	%2115 = fmul float %2077, %1965
	%2116 = fmul float %2078, %1964
	%2117 = fmul float %2079, %1964
	%2118 = fmul float %2080, %1965
	%2119 = fmul float %2081, %1965
	%2120 = fmul float %2082, %1964
	%2121 = fmul float %2083, %1964
	%2122 = fmul float %2084, %1965
	%2123 = fmul float %2085, %1965
	%2124 = fmul float %2086, %1964
	%2125 = fmul float %2087, %1964
	%2126 = fmul float %2088, %1965
	%2127 = fmul float %2089, %1965
	%2128 = fmul float %2090, %1964
	%2129 = fmul float %2091, %1964
	%2130 = fmul float %2092, %1965
	%2131 = fmul float %2093, %1965
	%2132 = fmul float %2094, %1964
	%2133 = fmul float %2095, %1964
	%2134 = fmul float %2096, %1965
	%2135 = fmul float %2097, %1965
	%2136 = fmul float %2098, %1964
	%2137 = fmul float %2099, %1964
	%2138 = fmul float %2100, %1965
	%2139 = fmul float %2101, %1965
	br label %2140

2140:
	%2141 = phi float [ %2070, %1961 ], [ %2108, %2107 ]
	%2142 = phi float [ %2071, %1961 ], [ %2109, %2107 ]
	%2143 = phi float [ %2072, %1961 ], [ %2110, %2107 ]
	%2144 = phi float [ %2073, %1961 ], [ %2111, %2107 ]
	%2145 = phi float [ %2074, %1961 ], [ %2112, %2107 ]
	%2146 = phi float [ %2075, %1961 ], [ %2113, %2107 ]
	%2147 = phi float [ %2076, %1961 ], [ %2114, %2107 ]
	%2148 = phi float [ %2077, %1961 ], [ %2115, %2107 ]
	%2149 = phi float [ %2078, %1961 ], [ %2116, %2107 ]
	%2150 = phi float [ %2079, %1961 ], [ %2117, %2107 ]
	%2151 = phi float [ %2080, %1961 ], [ %2118, %2107 ]
	%2152 = phi float [ %2081, %1961 ], [ %2119, %2107 ]
	%2153 = phi float [ %2082, %1961 ], [ %2120, %2107 ]
	%2154 = phi float [ %2083, %1961 ], [ %2121, %2107 ]
	%2155 = phi float [ %2084, %1961 ], [ %2122, %2107 ]
	%2156 = phi float [ %2085, %1961 ], [ %2123, %2107 ]
	%2157 = phi float [ %2086, %1961 ], [ %2124, %2107 ]
	%2158 = phi float [ %2087, %1961 ], [ %2125, %2107 ]
	%2159 = phi float [ %2088, %1961 ], [ %2126, %2107 ]
	%2160 = phi float [ %2089, %1961 ], [ %2127, %2107 ]
	%2161 = phi float [ %2090, %1961 ], [ %2128, %2107 ]
	%2162 = phi float [ %2091, %1961 ], [ %2129, %2107 ]
	%2163 = phi float [ %2092, %1961 ], [ %2130, %2107 ]
	%2164 = phi float [ %2093, %1961 ], [ %2131, %2107 ]
	%2165 = phi float [ %2094, %1961 ], [ %2132, %2107 ]
	%2166 = phi float [ %2095, %1961 ], [ %2133, %2107 ]
	%2167 = phi float [ %2096, %1961 ], [ %2134, %2107 ]
	%2168 = phi float [ %2097, %1961 ], [ %2135, %2107 ]
	%2169 = phi float [ %2098, %1961 ], [ %2136, %2107 ]
	%2170 = phi float [ %2099, %1961 ], [ %2137, %2107 ]
	%2171 = phi float [ %2100, %1961 ], [ %2138, %2107 ]
	%2172 = phi float [ %2101, %1961 ], [ %2139, %2107 ]
	%2173 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1973, float %1971)
	%2174 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2025, float %2023)
	%2175 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1977, float %1975)
	%2176 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2029, float %2027)
	%2177 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1981, float %1979)
	%2178 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2033, float %2031)
	%2179 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1985, float %1983)
	%2180 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2037, float %2035)
	%2181 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1989, float %1987)
	%2182 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2041, float %2039)
	%2183 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1993, float %1991)
	%2184 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2045, float %2043)
	%2185 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1997, float %1995)
	%2186 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2049, float %2047)
	%2187 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2001, float %1999)
	%2188 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2053, float %2051)
	br label %joined

2189:
	%2190 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %1042, i32 %393)
	%2191 = icmp ne i32 %2190, 0
	br i1 %2191, label %2192, label %2189

2192:
	%2193 = mul i32 %391, 32
	%2194 = add i32 %107, %2193
	%2195 = add i32 %2194, 16
	%2196 = add i32 %2195, 8
	call void asm sideeffect "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r"(i32 %2196)
	br label %joined

joined:
	%2197 = phi float [ %2141, %2140 ], [ %1000, %2192 ]
	%2198 = phi float [ %2142, %2140 ], [ %1001, %2192 ]
	%2199 = phi float [ %2143, %2140 ], [ %1002, %2192 ]
	%2200 = phi float [ %2144, %2140 ], [ %1003, %2192 ]
	%2201 = phi float [ %2145, %2140 ], [ %1004, %2192 ]
	%2202 = phi float [ %2146, %2140 ], [ %1005, %2192 ]
	%2203 = phi float [ %2147, %2140 ], [ %1006, %2192 ]
	%2204 = phi float [ %2148, %2140 ], [ %1007, %2192 ]
	%2205 = phi float [ %2149, %2140 ], [ %1008, %2192 ]
	%2206 = phi float [ %2150, %2140 ], [ %1009, %2192 ]
	%2207 = phi float [ %2151, %2140 ], [ %1010, %2192 ]
	%2208 = phi float [ %2152, %2140 ], [ %1011, %2192 ]
	%2209 = phi float [ %2153, %2140 ], [ %1012, %2192 ]
	%2210 = phi float [ %2154, %2140 ], [ %1013, %2192 ]
	%2211 = phi float [ %2155, %2140 ], [ %1014, %2192 ]
	%2212 = phi float [ %2156, %2140 ], [ %1015, %2192 ]
	%2213 = phi float [ %2157, %2140 ], [ %1016, %2192 ]
	%2214 = phi float [ %2158, %2140 ], [ %1017, %2192 ]
	%2215 = phi float [ %2159, %2140 ], [ %1018, %2192 ]
	%2216 = phi float [ %2160, %2140 ], [ %1019, %2192 ]
	%2217 = phi float [ %2161, %2140 ], [ %1020, %2192 ]
	%2218 = phi float [ %2162, %2140 ], [ %1021, %2192 ]
	%2219 = phi float [ %2163, %2140 ], [ %1022, %2192 ]
	%2220 = phi float [ %2164, %2140 ], [ %1023, %2192 ]
	%2221 = phi float [ %2165, %2140 ], [ %1024, %2192 ]
	%2222 = phi float [ %2166, %2140 ], [ %1025, %2192 ]
	%2223 = phi float [ %2167, %2140 ], [ %1026, %2192 ]
	%2224 = phi float [ %2168, %2140 ], [ %1027, %2192 ]
	%2225 = phi float [ %2169, %2140 ], [ %1028, %2192 ]
	%2226 = phi float [ %2170, %2140 ], [ %1029, %2192 ]
	%2227 = phi float [ %2171, %2140 ], [ %1030, %2192 ]
	%2228 = phi float [ %2172, %2140 ], [ %1031, %2192 ]
	%2229 = phi i32 [ %2173, %2140 ], [ 0, %2192 ]
	%2230 = phi i32 [ %2174, %2140 ], [ 0, %2192 ]
	%2231 = phi i32 [ %2175, %2140 ], [ 0, %2192 ]
	%2232 = phi i32 [ %2176, %2140 ], [ 0, %2192 ]
	%2233 = phi i32 [ %2177, %2140 ], [ 0, %2192 ]
	%2234 = phi i32 [ %2178, %2140 ], [ 0, %2192 ]
	%2235 = phi i32 [ %2179, %2140 ], [ 0, %2192 ]
	%2236 = phi i32 [ %2180, %2140 ], [ 0, %2192 ]
	%2237 = phi i32 [ %2181, %2140 ], [ 0, %2192 ]
	%2238 = phi i32 [ %2182, %2140 ], [ 0, %2192 ]
	%2239 = phi i32 [ %2183, %2140 ], [ 0, %2192 ]
	%2240 = phi i32 [ %2184, %2140 ], [ 0, %2192 ]
	%2241 = phi i32 [ %2185, %2140 ], [ 0, %2192 ]
	%2242 = phi i32 [ %2186, %2140 ], [ 0, %2192 ]
	%2243 = phi i32 [ %2187, %2140 ], [ 0, %2192 ]
	%2244 = phi i32 [ %2188, %2140 ], [ 0, %2192 ]
	%2245 = phi float [ %1966, %2140 ], [ %371, %2192 ]
	%2246 = phi float [ %2017, %2140 ], [ %372, %2192 ]
	%2247 = phi float [ %2018, %2140 ], [ %373, %2192 ]
	%2248 = phi float [ %2069, %2140 ], [ %374, %2192 ]
	%2249 = phi i1 [ true, %2140 ], [ false, %2192 ]
	br i1 %497, label %loop, label %drain

drain:
	%2250 = mul i32 %391, 32
	%2251 = add i32 %107, %2250
	%2252 = add i32 %2251, 16
	br label %2253

2253:
	%2254 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %2252, i32 %393)
	%2255 = icmp ne i32 %2254, 0
	br i1 %2255, label %2256, label %2253

2256:
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%2257 = select i1 %2249, i32 %475, i32 %106
	%2258 = add i32 %2257, 0
	%2259 = zext i32 %2258 to i64
	%2260 = or i64 %2259, u0x4000004002000000
	%2261 = zext i1 %2249 to i32
	%2262 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %2197, float %2198, float %2199, float %2200, float %2201, float %2202, float %2203, float %2204, float %2205, float %2206, float %2207, float %2208, float %2209, float %2210, float %2211, float %2212, float %2213, float %2214, float %2215, float %2216, float %2217, float %2218, float %2219, float %2220, float %2221, float %2222, float %2223, float %2224, float %2225, float %2226, float %2227, float %2228, i32 %2229, i32 %2230, i32 %2231, i32 %2232, i64 %2260, i32 1, i32 %2261)
	%2263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 0
	%2264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 1
	%2265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 2
	%2266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 3
	%2267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 4
	%2268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 5
	%2269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 6
	%2270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 7
	%2271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 8
	%2272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 9
	%2273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 10
	%2274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 11
	%2275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 12
	%2276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 13
	%2277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 14
	%2278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 15
	%2279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 16
	%2280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 17
	%2281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 18
	%2282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 19
	%2283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 20
	%2284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 21
	%2285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 22
	%2286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 23
	%2287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 24
	%2288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 25
	%2289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 26
	%2290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 27
	%2291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 28
	%2292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 29
	%2293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 30
	%2294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2262, 31
	%2295 = add i32 %2257, 128
	%2296 = zext i32 %2295 to i64
	%2297 = or i64 %2296, u0x4000004002000000
	%2298 = zext i1 %2249 to i32
	%2299 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %2263, float %2264, float %2265, float %2266, float %2267, float %2268, float %2269, float %2270, float %2271, float %2272, float %2273, float %2274, float %2275, float %2276, float %2277, float %2278, float %2279, float %2280, float %2281, float %2282, float %2283, float %2284, float %2285, float %2286, float %2287, float %2288, float %2289, float %2290, float %2291, float %2292, float %2293, float %2294, i32 %2233, i32 %2234, i32 %2235, i32 %2236, i64 %2297, i32 1, i32 %2298)
	%2300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 0
	%2301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 1
	%2302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 2
	%2303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 3
	%2304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 4
	%2305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 5
	%2306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 6
	%2307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 7
	%2308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 8
	%2309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 9
	%2310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 10
	%2311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 11
	%2312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 12
	%2313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 13
	%2314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 14
	%2315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 15
	%2316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 16
	%2317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 17
	%2318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 18
	%2319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 19
	%2320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 20
	%2321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 21
	%2322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 22
	%2323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 23
	%2324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 24
	%2325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 25
	%2326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 26
	%2327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 27
	%2328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 28
	%2329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 29
	%2330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 30
	%2331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2299, 31
	%2332 = add i32 %2257, 256
	%2333 = zext i32 %2332 to i64
	%2334 = or i64 %2333, u0x4000004002000000
	%2335 = zext i1 %2249 to i32
	%2336 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %2300, float %2301, float %2302, float %2303, float %2304, float %2305, float %2306, float %2307, float %2308, float %2309, float %2310, float %2311, float %2312, float %2313, float %2314, float %2315, float %2316, float %2317, float %2318, float %2319, float %2320, float %2321, float %2322, float %2323, float %2324, float %2325, float %2326, float %2327, float %2328, float %2329, float %2330, float %2331, i32 %2237, i32 %2238, i32 %2239, i32 %2240, i64 %2334, i32 1, i32 %2335)
	%2337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 0
	%2338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 1
	%2339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 2
	%2340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 3
	%2341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 4
	%2342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 5
	%2343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 6
	%2344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 7
	%2345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 8
	%2346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 9
	%2347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 10
	%2348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 11
	%2349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 12
	%2350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 13
	%2351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 14
	%2352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 15
	%2353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 16
	%2354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 17
	%2355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 18
	%2356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 19
	%2357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 20
	%2358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 21
	%2359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 22
	%2360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 23
	%2361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 24
	%2362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 25
	%2363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 26
	%2364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 27
	%2365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 28
	%2366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 29
	%2367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 30
	%2368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2336, 31
	%2369 = add i32 %2257, 384
	%2370 = zext i32 %2369 to i64
	%2371 = or i64 %2370, u0x4000004002000000
	%2372 = zext i1 %2249 to i32
	%2373 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p, q; setp.ne.b32 p, $69, 0; setp.ne.b32 q, $70, 0; @q wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r,r"(float %2337, float %2338, float %2339, float %2340, float %2341, float %2342, float %2343, float %2344, float %2345, float %2346, float %2347, float %2348, float %2349, float %2350, float %2351, float %2352, float %2353, float %2354, float %2355, float %2356, float %2357, float %2358, float %2359, float %2360, float %2361, float %2362, float %2363, float %2364, float %2365, float %2366, float %2367, float %2368, i32 %2241, i32 %2242, i32 %2243, i32 %2244, i64 %2371, i32 1, i32 %2372)
	%2374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 0
	%2375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 1
	%2376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 2
	%2377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 3
	%2378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 4
	%2379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 5
	%2380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 6
	%2381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 7
	%2382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 8
	%2383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 9
	%2384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 10
	%2385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 11
	%2386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 12
	%2387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 13
	%2388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 14
	%2389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 15
	%2390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 16
	%2391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 17
	%2392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 18
	%2393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 19
	%2394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 20
	%2395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 21
	%2396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 22
	%2397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 23
	%2398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 24
	%2399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 25
	%2400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 26
	%2401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 27
	%2402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 28
	%2403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 29
	%2404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 30
	%2405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2373, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%2425 = call float asm sideeffect "", "=f,0"(float %2393)
	%2426 = call float asm sideeffect "", "=f,0"(float %2394)
	%2427 = call float asm sideeffect "", "=f,0"(float %2395)
	%2428 = call float asm sideeffect "", "=f,0"(float %2396)
	%2429 = call float asm sideeffect "", "=f,0"(float %2397)
	%2430 = call float asm sideeffect "", "=f,0"(float %2398)
	%2431 = call float asm sideeffect "", "=f,0"(float %2399)
	%2432 = call float asm sideeffect "", "=f,0"(float %2400)
	%2433 = call float asm sideeffect "", "=f,0"(float %2401)
	%2434 = call float asm sideeffect "", "=f,0"(float %2402)
	%2435 = call float asm sideeffect "", "=f,0"(float %2403)
	%2436 = call float asm sideeffect "", "=f,0"(float %2404)
	%2437 = call float asm sideeffect "", "=f,0"(float %2405)
	br label %epilogue

store0:
	%2438 = mul i32 %35, %M
	%2439 = add i32 %2438, %441
	%2440 = mul i32 %2439, 64
	%2441 = shl i32 %17, 1
	%2442 = add i32 0, %2441
	%2443 = add i32 %2440, %2442
	%2444 = sext i32 %2443 to i64
	%2445 = getelementptr i16, i16* %out, i64 %2444
	%2446 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %443, float %442)
	%2447 = bitcast i16* %2445 to i32*
	store i32 %2446, i32* %2447
	%2448 = shl i32 %17, 1
	%2449 = add i32 8, %2448
	%2450 = add i32 %2440, %2449
	%2451 = sext i32 %2450 to i64
	%2452 = getelementptr i16, i16* %out, i64 %2451
	%2453 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %445, float %444)
	%2454 = bitcast i16* %2452 to i32*
	store i32 %2453, i32* %2454
	%2455 = shl i32 %17, 1
	%2456 = add i32 16, %2455
	%2457 = add i32 %2440, %2456
	%2458 = sext i32 %2457 to i64
	%2459 = getelementptr i16, i16* %out, i64 %2458
	%2460 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %447, float %446)
	%2461 = bitcast i16* %2459 to i32*
	store i32 %2460, i32* %2461
	%2462 = shl i32 %17, 1
	%2463 = add i32 24, %2462
	%2464 = add i32 %2440, %2463
	%2465 = sext i32 %2464 to i64
	%2466 = getelementptr i16, i16* %out, i64 %2465
	%2467 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %449, float %448)
	%2468 = bitcast i16* %2466 to i32*
	store i32 %2467, i32* %2468
	%2469 = shl i32 %17, 1
	%2470 = add i32 32, %2469
	%2471 = add i32 %2440, %2470
	%2472 = sext i32 %2471 to i64
	%2473 = getelementptr i16, i16* %out, i64 %2472
	%2474 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %451, float %450)
	%2475 = bitcast i16* %2473 to i32*
	store i32 %2474, i32* %2475
	%2476 = shl i32 %17, 1
	%2477 = add i32 40, %2476
	%2478 = add i32 %2440, %2477
	%2479 = sext i32 %2478 to i64
	%2480 = getelementptr i16, i16* %out, i64 %2479
	%2481 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %453, float %452)
	%2482 = bitcast i16* %2480 to i32*
	store i32 %2481, i32* %2482
	%2483 = shl i32 %17, 1
	%2484 = add i32 48, %2483
	%2485 = add i32 %2440, %2484
	%2486 = sext i32 %2485 to i64
	%2487 = getelementptr i16, i16* %out, i64 %2486
	%2488 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %455, float %454)
	%2489 = bitcast i16* %2487 to i32*
	store i32 %2488, i32* %2489
	%2490 = shl i32 %17, 1
	%2491 = add i32 56, %2490
	%2492 = add i32 %2440, %2491
	%2493 = sext i32 %2492 to i64
	%2494 = getelementptr i16, i16* %out, i64 %2493
	%2495 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %457, float %456)
	%2496 = bitcast i16* %2494 to i32*
	store i32 %2495, i32* %2496
	br label %stored0

stored0:
	%2497 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %397, i32 1, i32 31)
	%2498 = fadd float %397, %2497
	%2499 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2498, i32 2, i32 31)
	%2500 = fadd float %2498, %2499
	%2501 = fcmp ogt float %2500, 0.0
	%2502 = fdiv float 1.0, %2500
	%2503 = select i1 %2501, float %2502, float 0.0
	%2504 = mul i32 %11, 16
	%2505 = add i32 %37, %2504
	%2506 = add i32 %16, 8
	%2507 = add i32 %2505, %2506
	%2508 = fmul float %401, %2503
	%2509 = fmul float %402, %2503
	%2510 = fmul float %405, %2503
	%2511 = fmul float %406, %2503
	%2512 = fmul float %409, %2503
	%2513 = fmul float %410, %2503
	%2514 = fmul float %413, %2503
	%2515 = fmul float %414, %2503
	%2516 = fmul float %417, %2503
	%2517 = fmul float %418, %2503
	%2518 = fmul float %421, %2503
	%2519 = fmul float %422, %2503
	%2520 = fmul float %425, %2503
	%2521 = fmul float %426, %2503
	%2522 = fmul float %429, %2503
	%2523 = fmul float %430, %2503
	%2524 = icmp slt i32 %2507, %M
	br i1 %2524, label %store1, label %stored1

store1:
	%2525 = mul i32 %35, %M
	%2526 = add i32 %2525, %2507
	%2527 = mul i32 %2526, 64
	%2528 = shl i32 %17, 1
	%2529 = add i32 0, %2528
	%2530 = add i32 %2527, %2529
	%2531 = sext i32 %2530 to i64
	%2532 = getelementptr i16, i16* %out, i64 %2531
	%2533 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2509, float %2508)
	%2534 = bitcast i16* %2532 to i32*
	store i32 %2533, i32* %2534
	%2535 = shl i32 %17, 1
	%2536 = add i32 8, %2535
	%2537 = add i32 %2527, %2536
	%2538 = sext i32 %2537 to i64
	%2539 = getelementptr i16, i16* %out, i64 %2538
	%2540 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2511, float %2510)
	%2541 = bitcast i16* %2539 to i32*
	store i32 %2540, i32* %2541
	%2542 = shl i32 %17, 1
	%2543 = add i32 16, %2542
	%2544 = add i32 %2527, %2543
	%2545 = sext i32 %2544 to i64
	%2546 = getelementptr i16, i16* %out, i64 %2545
	%2547 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2513, float %2512)
	%2548 = bitcast i16* %2546 to i32*
	store i32 %2547, i32* %2548
	%2549 = shl i32 %17, 1
	%2550 = add i32 24, %2549
	%2551 = add i32 %2527, %2550
	%2552 = sext i32 %2551 to i64
	%2553 = getelementptr i16, i16* %out, i64 %2552
	%2554 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2515, float %2514)
	%2555 = bitcast i16* %2553 to i32*
	store i32 %2554, i32* %2555
	%2556 = shl i32 %17, 1
	%2557 = add i32 32, %2556
	%2558 = add i32 %2527, %2557
	%2559 = sext i32 %2558 to i64
	%2560 = getelementptr i16, i16* %out, i64 %2559
	%2561 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2517, float %2516)
	%2562 = bitcast i16* %2560 to i32*
	store i32 %2561, i32* %2562
	%2563 = shl i32 %17, 1
	%2564 = add i32 40, %2563
	%2565 = add i32 %2527, %2564
	%2566 = sext i32 %2565 to i64
	%2567 = getelementptr i16, i16* %out, i64 %2566
	%2568 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2519, float %2518)
	%2569 = bitcast i16* %2567 to i32*
	store i32 %2568, i32* %2569
	%2570 = shl i32 %17, 1
	%2571 = add i32 48, %2570
	%2572 = add i32 %2527, %2571
	%2573 = sext i32 %2572 to i64
	%2574 = getelementptr i16, i16* %out, i64 %2573
	%2575 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2521, float %2520)
	%2576 = bitcast i16* %2574 to i32*
	store i32 %2575, i32* %2576
	%2577 = shl i32 %17, 1
	%2578 = add i32 56, %2577
	%2579 = add i32 %2527, %2578
	%2580 = sext i32 %2579 to i64
	%2581 = getelementptr i16, i16* %out, i64 %2580
	%2582 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2523, float %2522)
	%2583 = bitcast i16* %2581 to i32*
	store i32 %2582, i32* %2583
	br label %stored1

stored1:
	ret void
}
