define ptx_kernel void @$K(float* %q, float* %k, i32* %perm, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = sdiv i32 %2, %group
	%4 = icmp eq i32 %0, 0
	br i1 %4, label %5, label %8

5:
	%6 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 0
	store i32 0, i32 addrspace(3)* %6
	%7 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 1
	store i32 0, i32 addrspace(3)* %7
	br label %8

8:
	%9 = add i32 %M, 255
	%10 = sdiv i32 %9, 256
	%11 = sub i32 %10, 1
	%12 = mul i32 %11, 256
	%13 = sub i32 %M, %12
	%14 = sitofp i32 %13 to float
	%15 = mul i32 %2, %M
	%16 = mul i32 %15, 64
	%17 = sext i32 %16 to i64
	%18 = getelementptr float, float* %q, i64 %17
	br label %19

19:
	%20 = phi i32 [ %0, %8 ], [ %44, %41 ]
	%21 = icmp slt i32 %20, 64
	br i1 %21, label %22, label %23

22:
	br label %29

23:
	call void @llvm.nvvm.barrier0()
	%24 = mul i32 %1, 256
	%25 = add i32 %24, %0
	%26 = icmp slt i32 %0, 256
	%27 = icmp slt i32 %25, %N
	%28 = and i1 %26, %27
	br i1 %28, label %45, label %51

29:
	%30 = phi i32 [ %12, %22 ], [ %40, %33 ]
	%31 = phi float [ 0.0, %22 ], [ %39, %33 ]
	%32 = icmp slt i32 %30, %M
	br i1 %32, label %33, label %41

33:
	%34 = mul i32 %30, 64
	%35 = add i32 %34, %20
	%36 = sext i32 %35 to i64
	%37 = getelementptr float, float* %18, i64 %36
	%38 = load float, float* %37
	%39 = fadd float %31, %38
	%40 = add i32 %30, 1
	br label %29

41:
	%42 = fdiv float %31, %14
	%43 = getelementptr [64 x float], [64 x float] addrspace(3)* @$K_probe, i32 0, i32 %20
	store float %42, float addrspace(3)* %43
	%44 = add i32 %20, 256
	br label %19

45:
	%46 = mul i32 %3, %N
	%47 = add i32 %46, %25
	%48 = mul i32 %47, 64
	%49 = sext i32 %48 to i64
	%50 = getelementptr float, float* %k, i64 %49
	br label %62

51:
	%52 = phi float [ 0.0, %23 ], [ %75, %74 ]
	%53 = and i32 %0, 31
	%54 = icmp eq i32 %53, 0
	%55 = fcmp ueq float %52, 0x7FF0000000000000
	%56 = and i1 %28, %55
	%57 = fcmp ogt float %52, 0xFFF0000000000000
	%58 = and i1 %28, %57
	%59 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %56)
	%60 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %58)
	%61 = and i1 %59, %54
	br i1 %61, label %76, label %78

62:
	%63 = phi i32 [ 0, %45 ], [ %73, %66 ]
	%64 = phi float [ 0.0, %45 ], [ %72, %66 ]
	%65 = icmp slt i32 %63, 64
	br i1 %65, label %66, label %74

66:
	%67 = sext i32 %63 to i64
	%68 = getelementptr float, float* %50, i64 %67
	%69 = load float, float* %68
	%70 = getelementptr [64 x float], [64 x float] addrspace(3)* @$K_probe, i32 0, i32 %63
	%71 = load float, float addrspace(3)* %70
	%72 = call float @llvm.fma.f32(float %71, float %69, float %64)
	%73 = add i32 %63, 1
	br label %62

74:
	%75 = fmul float %64, 0.125
	br label %51

76:
	%77 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %77
	br label %78

78:
	%79 = and i1 %60, %54
	br i1 %79, label %80, label %82

80:
	%81 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %81
	br label %82

82:
	call void @llvm.nvvm.barrier0()
	%83 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 0
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp ne i32 %84, 0
	%86 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 1
	%87 = load i32, i32 addrspace(3)* %86
	%88 = icmp eq i32 %87, 0
	%89 = or i1 %85, %88
	br i1 %89, label %identity, label %sort

sort:
	%90 = bitcast float %52 to i32
	%91 = icmp slt i32 %90, 0
	%92 = select i1 %91, i32 -1, i32 -2147483648
	%93 = xor i32 %90, %92
	%94 = xor i32 %93, -1
	%95 = zext i32 %94 to i64
	%96 = shl i64 %95, 32
	%97 = zext i32 %25 to i64
	%98 = or i64 %96, %97
	%99 = select i1 %28, i64 %98, i64 -1
	%100 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %99, i64 addrspace(3)* %100
	call void @llvm.nvvm.barrier0()
	%101 = xor i32 %0, 1
	%102 = icmp ugt i32 %101, %0
	br i1 %102, label %109, label %119

identity:
	br i1 %28, label %103, label %108

done:
	ret void

103:
	%104 = mul i32 %2, %N
	%105 = add i32 %104, %25
	%106 = sext i32 %105 to i64
	%107 = getelementptr i32, i32* %perm, i64 %106
	store i32 %25, i32* %107
	br label %108

108:
	br label %done

109:
	%110 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%111 = load i64, i64 addrspace(3)* %110
	%112 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %101
	%113 = load i64, i64 addrspace(3)* %112
	%114 = and i32 %0, 2
	%115 = icmp eq i32 %114, 0
	%116 = icmp ugt i64 %111, %113
	%117 = icmp ult i64 %111, %113
	%118 = select i1 %115, i1 %116, i1 %117
	br i1 %118, label %122, label %125

119:
	call void @llvm.nvvm.barrier0()
	%120 = xor i32 %0, 2
	%121 = icmp ugt i32 %120, %0
	br i1 %121, label %126, label %136

122:
	%123 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %113, i64 addrspace(3)* %123
	%124 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %101
	store i64 %111, i64 addrspace(3)* %124
	br label %125

125:
	br label %119

126:
	%127 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%128 = load i64, i64 addrspace(3)* %127
	%129 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %120
	%130 = load i64, i64 addrspace(3)* %129
	%131 = and i32 %0, 4
	%132 = icmp eq i32 %131, 0
	%133 = icmp ugt i64 %128, %130
	%134 = icmp ult i64 %128, %130
	%135 = select i1 %132, i1 %133, i1 %134
	br i1 %135, label %139, label %142

136:
	call void @llvm.nvvm.barrier0()
	%137 = xor i32 %0, 1
	%138 = icmp ugt i32 %137, %0
	br i1 %138, label %143, label %153

139:
	%140 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %130, i64 addrspace(3)* %140
	%141 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %120
	store i64 %128, i64 addrspace(3)* %141
	br label %142

142:
	br label %136

143:
	%144 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%145 = load i64, i64 addrspace(3)* %144
	%146 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %137
	%147 = load i64, i64 addrspace(3)* %146
	%148 = and i32 %0, 4
	%149 = icmp eq i32 %148, 0
	%150 = icmp ugt i64 %145, %147
	%151 = icmp ult i64 %145, %147
	%152 = select i1 %149, i1 %150, i1 %151
	br i1 %152, label %156, label %159

153:
	call void @llvm.nvvm.barrier0()
	%154 = xor i32 %0, 4
	%155 = icmp ugt i32 %154, %0
	br i1 %155, label %160, label %170

156:
	%157 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %147, i64 addrspace(3)* %157
	%158 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %137
	store i64 %145, i64 addrspace(3)* %158
	br label %159

159:
	br label %153

160:
	%161 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%162 = load i64, i64 addrspace(3)* %161
	%163 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %154
	%164 = load i64, i64 addrspace(3)* %163
	%165 = and i32 %0, 8
	%166 = icmp eq i32 %165, 0
	%167 = icmp ugt i64 %162, %164
	%168 = icmp ult i64 %162, %164
	%169 = select i1 %166, i1 %167, i1 %168
	br i1 %169, label %173, label %176

170:
	call void @llvm.nvvm.barrier0()
	%171 = xor i32 %0, 2
	%172 = icmp ugt i32 %171, %0
	br i1 %172, label %177, label %187

173:
	%174 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %164, i64 addrspace(3)* %174
	%175 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %154
	store i64 %162, i64 addrspace(3)* %175
	br label %176

176:
	br label %170

177:
	%178 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%179 = load i64, i64 addrspace(3)* %178
	%180 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %171
	%181 = load i64, i64 addrspace(3)* %180
	%182 = and i32 %0, 8
	%183 = icmp eq i32 %182, 0
	%184 = icmp ugt i64 %179, %181
	%185 = icmp ult i64 %179, %181
	%186 = select i1 %183, i1 %184, i1 %185
	br i1 %186, label %190, label %193

187:
	call void @llvm.nvvm.barrier0()
	%188 = xor i32 %0, 1
	%189 = icmp ugt i32 %188, %0
	br i1 %189, label %194, label %204

190:
	%191 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %181, i64 addrspace(3)* %191
	%192 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %171
	store i64 %179, i64 addrspace(3)* %192
	br label %193

193:
	br label %187

194:
	%195 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%196 = load i64, i64 addrspace(3)* %195
	%197 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %188
	%198 = load i64, i64 addrspace(3)* %197
	%199 = and i32 %0, 8
	%200 = icmp eq i32 %199, 0
	%201 = icmp ugt i64 %196, %198
	%202 = icmp ult i64 %196, %198
	%203 = select i1 %200, i1 %201, i1 %202
	br i1 %203, label %207, label %210

204:
	call void @llvm.nvvm.barrier0()
	%205 = xor i32 %0, 8
	%206 = icmp ugt i32 %205, %0
	br i1 %206, label %211, label %221

207:
	%208 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %198, i64 addrspace(3)* %208
	%209 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %188
	store i64 %196, i64 addrspace(3)* %209
	br label %210

210:
	br label %204

211:
	%212 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%213 = load i64, i64 addrspace(3)* %212
	%214 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %205
	%215 = load i64, i64 addrspace(3)* %214
	%216 = and i32 %0, 16
	%217 = icmp eq i32 %216, 0
	%218 = icmp ugt i64 %213, %215
	%219 = icmp ult i64 %213, %215
	%220 = select i1 %217, i1 %218, i1 %219
	br i1 %220, label %224, label %227

221:
	call void @llvm.nvvm.barrier0()
	%222 = xor i32 %0, 4
	%223 = icmp ugt i32 %222, %0
	br i1 %223, label %228, label %238

224:
	%225 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %215, i64 addrspace(3)* %225
	%226 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %205
	store i64 %213, i64 addrspace(3)* %226
	br label %227

227:
	br label %221

228:
	%229 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%230 = load i64, i64 addrspace(3)* %229
	%231 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %222
	%232 = load i64, i64 addrspace(3)* %231
	%233 = and i32 %0, 16
	%234 = icmp eq i32 %233, 0
	%235 = icmp ugt i64 %230, %232
	%236 = icmp ult i64 %230, %232
	%237 = select i1 %234, i1 %235, i1 %236
	br i1 %237, label %241, label %244

238:
	call void @llvm.nvvm.barrier0()
	%239 = xor i32 %0, 2
	%240 = icmp ugt i32 %239, %0
	br i1 %240, label %245, label %255

241:
	%242 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %232, i64 addrspace(3)* %242
	%243 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %222
	store i64 %230, i64 addrspace(3)* %243
	br label %244

244:
	br label %238

245:
	%246 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%247 = load i64, i64 addrspace(3)* %246
	%248 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %239
	%249 = load i64, i64 addrspace(3)* %248
	%250 = and i32 %0, 16
	%251 = icmp eq i32 %250, 0
	%252 = icmp ugt i64 %247, %249
	%253 = icmp ult i64 %247, %249
	%254 = select i1 %251, i1 %252, i1 %253
	br i1 %254, label %258, label %261

255:
	call void @llvm.nvvm.barrier0()
	%256 = xor i32 %0, 1
	%257 = icmp ugt i32 %256, %0
	br i1 %257, label %262, label %272

258:
	%259 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %249, i64 addrspace(3)* %259
	%260 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %239
	store i64 %247, i64 addrspace(3)* %260
	br label %261

261:
	br label %255

262:
	%263 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%264 = load i64, i64 addrspace(3)* %263
	%265 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %256
	%266 = load i64, i64 addrspace(3)* %265
	%267 = and i32 %0, 16
	%268 = icmp eq i32 %267, 0
	%269 = icmp ugt i64 %264, %266
	%270 = icmp ult i64 %264, %266
	%271 = select i1 %268, i1 %269, i1 %270
	br i1 %271, label %275, label %278

272:
	call void @llvm.nvvm.barrier0()
	%273 = xor i32 %0, 16
	%274 = icmp ugt i32 %273, %0
	br i1 %274, label %279, label %289

275:
	%276 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %266, i64 addrspace(3)* %276
	%277 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %256
	store i64 %264, i64 addrspace(3)* %277
	br label %278

278:
	br label %272

279:
	%280 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%281 = load i64, i64 addrspace(3)* %280
	%282 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %273
	%283 = load i64, i64 addrspace(3)* %282
	%284 = and i32 %0, 32
	%285 = icmp eq i32 %284, 0
	%286 = icmp ugt i64 %281, %283
	%287 = icmp ult i64 %281, %283
	%288 = select i1 %285, i1 %286, i1 %287
	br i1 %288, label %292, label %295

289:
	call void @llvm.nvvm.barrier0()
	%290 = xor i32 %0, 8
	%291 = icmp ugt i32 %290, %0
	br i1 %291, label %296, label %306

292:
	%293 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %283, i64 addrspace(3)* %293
	%294 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %273
	store i64 %281, i64 addrspace(3)* %294
	br label %295

295:
	br label %289

296:
	%297 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%298 = load i64, i64 addrspace(3)* %297
	%299 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %290
	%300 = load i64, i64 addrspace(3)* %299
	%301 = and i32 %0, 32
	%302 = icmp eq i32 %301, 0
	%303 = icmp ugt i64 %298, %300
	%304 = icmp ult i64 %298, %300
	%305 = select i1 %302, i1 %303, i1 %304
	br i1 %305, label %309, label %312

306:
	call void @llvm.nvvm.barrier0()
	%307 = xor i32 %0, 4
	%308 = icmp ugt i32 %307, %0
	br i1 %308, label %313, label %323

309:
	%310 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %300, i64 addrspace(3)* %310
	%311 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %290
	store i64 %298, i64 addrspace(3)* %311
	br label %312

312:
	br label %306

313:
	%314 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%315 = load i64, i64 addrspace(3)* %314
	%316 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %307
	%317 = load i64, i64 addrspace(3)* %316
	%318 = and i32 %0, 32
	%319 = icmp eq i32 %318, 0
	%320 = icmp ugt i64 %315, %317
	%321 = icmp ult i64 %315, %317
	%322 = select i1 %319, i1 %320, i1 %321
	br i1 %322, label %326, label %329

323:
	call void @llvm.nvvm.barrier0()
	%324 = xor i32 %0, 2
	%325 = icmp ugt i32 %324, %0
	br i1 %325, label %330, label %340

326:
	%327 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %317, i64 addrspace(3)* %327
	%328 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %307
	store i64 %315, i64 addrspace(3)* %328
	br label %329

329:
	br label %323

330:
	%331 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%332 = load i64, i64 addrspace(3)* %331
	%333 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %324
	%334 = load i64, i64 addrspace(3)* %333
	%335 = and i32 %0, 32
	%336 = icmp eq i32 %335, 0
	%337 = icmp ugt i64 %332, %334
	%338 = icmp ult i64 %332, %334
	%339 = select i1 %336, i1 %337, i1 %338
	br i1 %339, label %343, label %346

340:
	call void @llvm.nvvm.barrier0()
	%341 = xor i32 %0, 1
	%342 = icmp ugt i32 %341, %0
	br i1 %342, label %347, label %357

343:
	%344 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %334, i64 addrspace(3)* %344
	%345 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %324
	store i64 %332, i64 addrspace(3)* %345
	br label %346

346:
	br label %340

347:
	%348 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%349 = load i64, i64 addrspace(3)* %348
	%350 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %341
	%351 = load i64, i64 addrspace(3)* %350
	%352 = and i32 %0, 32
	%353 = icmp eq i32 %352, 0
	%354 = icmp ugt i64 %349, %351
	%355 = icmp ult i64 %349, %351
	%356 = select i1 %353, i1 %354, i1 %355
	br i1 %356, label %360, label %363

357:
	call void @llvm.nvvm.barrier0()
	%358 = xor i32 %0, 32
	%359 = icmp ugt i32 %358, %0
	br i1 %359, label %364, label %374

360:
	%361 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %351, i64 addrspace(3)* %361
	%362 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %341
	store i64 %349, i64 addrspace(3)* %362
	br label %363

363:
	br label %357

364:
	%365 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%366 = load i64, i64 addrspace(3)* %365
	%367 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %358
	%368 = load i64, i64 addrspace(3)* %367
	%369 = and i32 %0, 64
	%370 = icmp eq i32 %369, 0
	%371 = icmp ugt i64 %366, %368
	%372 = icmp ult i64 %366, %368
	%373 = select i1 %370, i1 %371, i1 %372
	br i1 %373, label %377, label %380

374:
	call void @llvm.nvvm.barrier0()
	%375 = xor i32 %0, 16
	%376 = icmp ugt i32 %375, %0
	br i1 %376, label %381, label %391

377:
	%378 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %368, i64 addrspace(3)* %378
	%379 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %358
	store i64 %366, i64 addrspace(3)* %379
	br label %380

380:
	br label %374

381:
	%382 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%383 = load i64, i64 addrspace(3)* %382
	%384 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %375
	%385 = load i64, i64 addrspace(3)* %384
	%386 = and i32 %0, 64
	%387 = icmp eq i32 %386, 0
	%388 = icmp ugt i64 %383, %385
	%389 = icmp ult i64 %383, %385
	%390 = select i1 %387, i1 %388, i1 %389
	br i1 %390, label %394, label %397

391:
	call void @llvm.nvvm.barrier0()
	%392 = xor i32 %0, 8
	%393 = icmp ugt i32 %392, %0
	br i1 %393, label %398, label %408

394:
	%395 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %385, i64 addrspace(3)* %395
	%396 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %375
	store i64 %383, i64 addrspace(3)* %396
	br label %397

397:
	br label %391

398:
	%399 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%400 = load i64, i64 addrspace(3)* %399
	%401 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %392
	%402 = load i64, i64 addrspace(3)* %401
	%403 = and i32 %0, 64
	%404 = icmp eq i32 %403, 0
	%405 = icmp ugt i64 %400, %402
	%406 = icmp ult i64 %400, %402
	%407 = select i1 %404, i1 %405, i1 %406
	br i1 %407, label %411, label %414

408:
	call void @llvm.nvvm.barrier0()
	%409 = xor i32 %0, 4
	%410 = icmp ugt i32 %409, %0
	br i1 %410, label %415, label %425

411:
	%412 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %402, i64 addrspace(3)* %412
	%413 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %392
	store i64 %400, i64 addrspace(3)* %413
	br label %414

414:
	br label %408

415:
	%416 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%417 = load i64, i64 addrspace(3)* %416
	%418 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %409
	%419 = load i64, i64 addrspace(3)* %418
	%420 = and i32 %0, 64
	%421 = icmp eq i32 %420, 0
	%422 = icmp ugt i64 %417, %419
	%423 = icmp ult i64 %417, %419
	%424 = select i1 %421, i1 %422, i1 %423
	br i1 %424, label %428, label %431

425:
	call void @llvm.nvvm.barrier0()
	%426 = xor i32 %0, 2
	%427 = icmp ugt i32 %426, %0
	br i1 %427, label %432, label %442

428:
	%429 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %419, i64 addrspace(3)* %429
	%430 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %409
	store i64 %417, i64 addrspace(3)* %430
	br label %431

431:
	br label %425

432:
	%433 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%434 = load i64, i64 addrspace(3)* %433
	%435 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %426
	%436 = load i64, i64 addrspace(3)* %435
	%437 = and i32 %0, 64
	%438 = icmp eq i32 %437, 0
	%439 = icmp ugt i64 %434, %436
	%440 = icmp ult i64 %434, %436
	%441 = select i1 %438, i1 %439, i1 %440
	br i1 %441, label %445, label %448

442:
	call void @llvm.nvvm.barrier0()
	%443 = xor i32 %0, 1
	%444 = icmp ugt i32 %443, %0
	br i1 %444, label %449, label %459

445:
	%446 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %436, i64 addrspace(3)* %446
	%447 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %426
	store i64 %434, i64 addrspace(3)* %447
	br label %448

448:
	br label %442

449:
	%450 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%451 = load i64, i64 addrspace(3)* %450
	%452 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %443
	%453 = load i64, i64 addrspace(3)* %452
	%454 = and i32 %0, 64
	%455 = icmp eq i32 %454, 0
	%456 = icmp ugt i64 %451, %453
	%457 = icmp ult i64 %451, %453
	%458 = select i1 %455, i1 %456, i1 %457
	br i1 %458, label %462, label %465

459:
	call void @llvm.nvvm.barrier0()
	%460 = xor i32 %0, 64
	%461 = icmp ugt i32 %460, %0
	br i1 %461, label %466, label %476

462:
	%463 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %453, i64 addrspace(3)* %463
	%464 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %443
	store i64 %451, i64 addrspace(3)* %464
	br label %465

465:
	br label %459

466:
	%467 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%468 = load i64, i64 addrspace(3)* %467
	%469 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %460
	%470 = load i64, i64 addrspace(3)* %469
	%471 = and i32 %0, 128
	%472 = icmp eq i32 %471, 0
	%473 = icmp ugt i64 %468, %470
	%474 = icmp ult i64 %468, %470
	%475 = select i1 %472, i1 %473, i1 %474
	br i1 %475, label %479, label %482

476:
	call void @llvm.nvvm.barrier0()
	%477 = xor i32 %0, 32
	%478 = icmp ugt i32 %477, %0
	br i1 %478, label %483, label %493

479:
	%480 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %470, i64 addrspace(3)* %480
	%481 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %460
	store i64 %468, i64 addrspace(3)* %481
	br label %482

482:
	br label %476

483:
	%484 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%485 = load i64, i64 addrspace(3)* %484
	%486 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %477
	%487 = load i64, i64 addrspace(3)* %486
	%488 = and i32 %0, 128
	%489 = icmp eq i32 %488, 0
	%490 = icmp ugt i64 %485, %487
	%491 = icmp ult i64 %485, %487
	%492 = select i1 %489, i1 %490, i1 %491
	br i1 %492, label %496, label %499

493:
	call void @llvm.nvvm.barrier0()
	%494 = xor i32 %0, 16
	%495 = icmp ugt i32 %494, %0
	br i1 %495, label %500, label %510

496:
	%497 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %487, i64 addrspace(3)* %497
	%498 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %477
	store i64 %485, i64 addrspace(3)* %498
	br label %499

499:
	br label %493

500:
	%501 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%502 = load i64, i64 addrspace(3)* %501
	%503 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %494
	%504 = load i64, i64 addrspace(3)* %503
	%505 = and i32 %0, 128
	%506 = icmp eq i32 %505, 0
	%507 = icmp ugt i64 %502, %504
	%508 = icmp ult i64 %502, %504
	%509 = select i1 %506, i1 %507, i1 %508
	br i1 %509, label %513, label %516

510:
	call void @llvm.nvvm.barrier0()
	%511 = xor i32 %0, 8
	%512 = icmp ugt i32 %511, %0
	br i1 %512, label %517, label %527

513:
	%514 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %504, i64 addrspace(3)* %514
	%515 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %494
	store i64 %502, i64 addrspace(3)* %515
	br label %516

516:
	br label %510

517:
	%518 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%519 = load i64, i64 addrspace(3)* %518
	%520 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %511
	%521 = load i64, i64 addrspace(3)* %520
	%522 = and i32 %0, 128
	%523 = icmp eq i32 %522, 0
	%524 = icmp ugt i64 %519, %521
	%525 = icmp ult i64 %519, %521
	%526 = select i1 %523, i1 %524, i1 %525
	br i1 %526, label %530, label %533

527:
	call void @llvm.nvvm.barrier0()
	%528 = xor i32 %0, 4
	%529 = icmp ugt i32 %528, %0
	br i1 %529, label %534, label %544

530:
	%531 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %521, i64 addrspace(3)* %531
	%532 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %511
	store i64 %519, i64 addrspace(3)* %532
	br label %533

533:
	br label %527

534:
	%535 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%536 = load i64, i64 addrspace(3)* %535
	%537 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %528
	%538 = load i64, i64 addrspace(3)* %537
	%539 = and i32 %0, 128
	%540 = icmp eq i32 %539, 0
	%541 = icmp ugt i64 %536, %538
	%542 = icmp ult i64 %536, %538
	%543 = select i1 %540, i1 %541, i1 %542
	br i1 %543, label %547, label %550

544:
	call void @llvm.nvvm.barrier0()
	%545 = xor i32 %0, 2
	%546 = icmp ugt i32 %545, %0
	br i1 %546, label %551, label %561

547:
	%548 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %538, i64 addrspace(3)* %548
	%549 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %528
	store i64 %536, i64 addrspace(3)* %549
	br label %550

550:
	br label %544

551:
	%552 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%553 = load i64, i64 addrspace(3)* %552
	%554 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %545
	%555 = load i64, i64 addrspace(3)* %554
	%556 = and i32 %0, 128
	%557 = icmp eq i32 %556, 0
	%558 = icmp ugt i64 %553, %555
	%559 = icmp ult i64 %553, %555
	%560 = select i1 %557, i1 %558, i1 %559
	br i1 %560, label %564, label %567

561:
	call void @llvm.nvvm.barrier0()
	%562 = xor i32 %0, 1
	%563 = icmp ugt i32 %562, %0
	br i1 %563, label %568, label %578

564:
	%565 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %555, i64 addrspace(3)* %565
	%566 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %545
	store i64 %553, i64 addrspace(3)* %566
	br label %567

567:
	br label %561

568:
	%569 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%570 = load i64, i64 addrspace(3)* %569
	%571 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %562
	%572 = load i64, i64 addrspace(3)* %571
	%573 = and i32 %0, 128
	%574 = icmp eq i32 %573, 0
	%575 = icmp ugt i64 %570, %572
	%576 = icmp ult i64 %570, %572
	%577 = select i1 %574, i1 %575, i1 %576
	br i1 %577, label %581, label %584

578:
	call void @llvm.nvvm.barrier0()
	%579 = xor i32 %0, 128
	%580 = icmp ugt i32 %579, %0
	br i1 %580, label %585, label %595

581:
	%582 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %572, i64 addrspace(3)* %582
	%583 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %562
	store i64 %570, i64 addrspace(3)* %583
	br label %584

584:
	br label %578

585:
	%586 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%587 = load i64, i64 addrspace(3)* %586
	%588 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %579
	%589 = load i64, i64 addrspace(3)* %588
	%590 = and i32 %0, 256
	%591 = icmp eq i32 %590, 0
	%592 = icmp ugt i64 %587, %589
	%593 = icmp ult i64 %587, %589
	%594 = select i1 %591, i1 %592, i1 %593
	br i1 %594, label %598, label %601

595:
	call void @llvm.nvvm.barrier0()
	%596 = xor i32 %0, 64
	%597 = icmp ugt i32 %596, %0
	br i1 %597, label %602, label %612

598:
	%599 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %589, i64 addrspace(3)* %599
	%600 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %579
	store i64 %587, i64 addrspace(3)* %600
	br label %601

601:
	br label %595

602:
	%603 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%604 = load i64, i64 addrspace(3)* %603
	%605 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %596
	%606 = load i64, i64 addrspace(3)* %605
	%607 = and i32 %0, 256
	%608 = icmp eq i32 %607, 0
	%609 = icmp ugt i64 %604, %606
	%610 = icmp ult i64 %604, %606
	%611 = select i1 %608, i1 %609, i1 %610
	br i1 %611, label %615, label %618

612:
	call void @llvm.nvvm.barrier0()
	%613 = xor i32 %0, 32
	%614 = icmp ugt i32 %613, %0
	br i1 %614, label %619, label %629

615:
	%616 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %606, i64 addrspace(3)* %616
	%617 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %596
	store i64 %604, i64 addrspace(3)* %617
	br label %618

618:
	br label %612

619:
	%620 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%621 = load i64, i64 addrspace(3)* %620
	%622 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %613
	%623 = load i64, i64 addrspace(3)* %622
	%624 = and i32 %0, 256
	%625 = icmp eq i32 %624, 0
	%626 = icmp ugt i64 %621, %623
	%627 = icmp ult i64 %621, %623
	%628 = select i1 %625, i1 %626, i1 %627
	br i1 %628, label %632, label %635

629:
	call void @llvm.nvvm.barrier0()
	%630 = xor i32 %0, 16
	%631 = icmp ugt i32 %630, %0
	br i1 %631, label %636, label %646

632:
	%633 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %623, i64 addrspace(3)* %633
	%634 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %613
	store i64 %621, i64 addrspace(3)* %634
	br label %635

635:
	br label %629

636:
	%637 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%638 = load i64, i64 addrspace(3)* %637
	%639 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %630
	%640 = load i64, i64 addrspace(3)* %639
	%641 = and i32 %0, 256
	%642 = icmp eq i32 %641, 0
	%643 = icmp ugt i64 %638, %640
	%644 = icmp ult i64 %638, %640
	%645 = select i1 %642, i1 %643, i1 %644
	br i1 %645, label %649, label %652

646:
	call void @llvm.nvvm.barrier0()
	%647 = xor i32 %0, 8
	%648 = icmp ugt i32 %647, %0
	br i1 %648, label %653, label %663

649:
	%650 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %640, i64 addrspace(3)* %650
	%651 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %630
	store i64 %638, i64 addrspace(3)* %651
	br label %652

652:
	br label %646

653:
	%654 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%655 = load i64, i64 addrspace(3)* %654
	%656 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %647
	%657 = load i64, i64 addrspace(3)* %656
	%658 = and i32 %0, 256
	%659 = icmp eq i32 %658, 0
	%660 = icmp ugt i64 %655, %657
	%661 = icmp ult i64 %655, %657
	%662 = select i1 %659, i1 %660, i1 %661
	br i1 %662, label %666, label %669

663:
	call void @llvm.nvvm.barrier0()
	%664 = xor i32 %0, 4
	%665 = icmp ugt i32 %664, %0
	br i1 %665, label %670, label %680

666:
	%667 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %657, i64 addrspace(3)* %667
	%668 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %647
	store i64 %655, i64 addrspace(3)* %668
	br label %669

669:
	br label %663

670:
	%671 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%672 = load i64, i64 addrspace(3)* %671
	%673 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %664
	%674 = load i64, i64 addrspace(3)* %673
	%675 = and i32 %0, 256
	%676 = icmp eq i32 %675, 0
	%677 = icmp ugt i64 %672, %674
	%678 = icmp ult i64 %672, %674
	%679 = select i1 %676, i1 %677, i1 %678
	br i1 %679, label %683, label %686

680:
	call void @llvm.nvvm.barrier0()
	%681 = xor i32 %0, 2
	%682 = icmp ugt i32 %681, %0
	br i1 %682, label %687, label %697

683:
	%684 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %674, i64 addrspace(3)* %684
	%685 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %664
	store i64 %672, i64 addrspace(3)* %685
	br label %686

686:
	br label %680

687:
	%688 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%689 = load i64, i64 addrspace(3)* %688
	%690 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %681
	%691 = load i64, i64 addrspace(3)* %690
	%692 = and i32 %0, 256
	%693 = icmp eq i32 %692, 0
	%694 = icmp ugt i64 %689, %691
	%695 = icmp ult i64 %689, %691
	%696 = select i1 %693, i1 %694, i1 %695
	br i1 %696, label %700, label %703

697:
	call void @llvm.nvvm.barrier0()
	%698 = xor i32 %0, 1
	%699 = icmp ugt i32 %698, %0
	br i1 %699, label %704, label %714

700:
	%701 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %691, i64 addrspace(3)* %701
	%702 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %681
	store i64 %689, i64 addrspace(3)* %702
	br label %703

703:
	br label %697

704:
	%705 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%706 = load i64, i64 addrspace(3)* %705
	%707 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %698
	%708 = load i64, i64 addrspace(3)* %707
	%709 = and i32 %0, 256
	%710 = icmp eq i32 %709, 0
	%711 = icmp ugt i64 %706, %708
	%712 = icmp ult i64 %706, %708
	%713 = select i1 %710, i1 %711, i1 %712
	br i1 %713, label %715, label %718

714:
	call void @llvm.nvvm.barrier0()
	br i1 %28, label %719, label %727

715:
	%716 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %708, i64 addrspace(3)* %716
	%717 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %698
	store i64 %706, i64 addrspace(3)* %717
	br label %718

718:
	br label %714

719:
	%720 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%721 = load i64, i64 addrspace(3)* %720
	%722 = trunc i64 %721 to i32
	%723 = mul i32 %2, %N
	%724 = add i32 %723, %25
	%725 = sext i32 %724 to i64
	%726 = getelementptr i32, i32* %perm, i64 %725
	store i32 %722, i32* %726
	br label %727

727:
	br label %done
}
